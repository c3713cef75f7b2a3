/** Parts of the end-to-end load harness: options, ingest HTTP client, pipeline watcher, latency statistics. */
package io.claimwatch.benchmarks.harness;
