package io.claimwatch.platform.http;

/** The JSON body of every 4xx/5xx answer: a machine-readable code, the field at fault (or null), a message. */
public record ApiError(String error, String field, String message) {
}
