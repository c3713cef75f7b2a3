package io.claimwatch.aggregate.http;

/** JSON error body {@code {"error","field","message"}}, the same shape as the platform's API errors. */
public record ErrorBody(String error, String field, String message) {}
