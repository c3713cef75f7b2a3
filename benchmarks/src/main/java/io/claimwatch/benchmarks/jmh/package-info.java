/** JMH micro-benchmarks: extraction, aggregate scoring, Avro serde; run from target/benchmarks.jar. */
package io.claimwatch.benchmarks.jmh;
