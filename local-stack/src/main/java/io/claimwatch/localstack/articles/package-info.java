/** Deterministic generator of ~3 KB news-style test articles about an invented world (own text, fixed seed). */
package io.claimwatch.localstack.articles;
