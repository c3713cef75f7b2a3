package io.claimwatch.localstack.articles;

/**
 * One fictional news event several generated articles report on: the claim as a clause ("Tarsa Freight will buy
 * Orvik Lines"), a headline, the party that can confirm or deny it, and a named official of that party.
 */
record Story(String claim, String headline, String party, String official, String officialRole, String city) {

  /** The claim as a sentence start, for quotes: first letter upper case. */
  String claimCapitalized() {
    return Character.toUpperCase(claim.charAt(0)) + claim.substring(1);
  }
}
