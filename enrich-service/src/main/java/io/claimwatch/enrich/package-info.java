/** ClaimWatch enrich-service; see the module's pom description and ../shared/ARCHITECTURE.md. */
package io.claimwatch.enrich;
