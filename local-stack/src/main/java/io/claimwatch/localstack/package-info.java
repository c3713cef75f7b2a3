/** ClaimWatch local-stack; see the module's pom description and ../shared/ARCHITECTURE.md. */
package io.claimwatch.localstack;
