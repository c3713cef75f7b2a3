package io.claimwatch.aggregate.query;

/** A request parameter with a bad value; the HTTP layer answers 400 with the field name. */
public final class InvalidParameterException extends RuntimeException {

  private final String field;

  public InvalidParameterException(String field, String message) {
    super(field + " " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
