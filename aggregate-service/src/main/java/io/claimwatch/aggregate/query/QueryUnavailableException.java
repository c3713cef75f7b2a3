package io.claimwatch.aggregate.query;

/** The claim store cannot be queried right now (starting, rebalancing, another instance unreachable); HTTP 503. */
public final class QueryUnavailableException extends RuntimeException {

  public QueryUnavailableException(String message) {
    super(message);
  }

  public QueryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
