/** Logging support shared by the services and the CLI: filters for known harmless library messages. */
package io.claimwatch.platform.logging;
