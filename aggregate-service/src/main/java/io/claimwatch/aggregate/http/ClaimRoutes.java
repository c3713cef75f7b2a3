package io.claimwatch.aggregate.http;

import io.claimwatch.aggregate.query.ClaimListQuery;
import io.claimwatch.aggregate.query.ClaimLookup;
import io.claimwatch.aggregate.query.ClaimQueryService;
import io.claimwatch.aggregate.query.ClaimViews;
import io.claimwatch.aggregate.query.InvalidParameterException;
import io.claimwatch.aggregate.query.PageRequest;
import io.claimwatch.aggregate.query.QueryUnavailableException;
import io.claimwatch.aggregate.query.RemoteClaims;
import io.claimwatch.platform.http.ApiError;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The query API: {@code /claims} (all instances, merged then sorted and paged), {@code /claims/{id}} (from the owning
 * instance, with the first page of evidence), the cursor-paged {@code /claims/{id}/evidence} and
 * {@code /claims/{id}/articles}, {@code /claims/stream} (SSE of this instance's changes), {@code /instances},
 * {@code /openapi.json}, and the {@code /internal/claims...} endpoints the instances use to ask each other, which answer
 * from the local store only. A merged claim id answers {@code 308} to the same route of the claim it was merged into
 * (chains followed). While the store cannot be queried, answers are {@code 503} with {@code Retry-After} and a JSON body.
 */
public final class ClaimRoutes {

  static final String RETRY_AFTER_SECONDS = "1";

  private final ClaimQueryService queries;
  private final RemoteClaims remote;
  private final StatusBroadcaster broadcaster;

  public ClaimRoutes(ClaimQueryService queries, RemoteClaims remote, StatusBroadcaster broadcaster) {
    this.queries = queries;
    this.remote = remote;
    this.broadcaster = broadcaster;
  }

  public void register(JavalinDefaultRoutingApi routes) {
    routes.exception(InvalidParameterException.class, (e, ctx) ->
        ctx.status(400).json(new ApiError("invalid_parameter", e.field(), e.getMessage())));
    routes.exception(QueryUnavailableException.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
    routes.get("/claims", this::list);
    routes.before("/claims/stream", broadcaster::admit);
    routes.sse("/claims/stream", broadcaster::subscribe);
    routes.get("/claims/{id}", this::detail);
    routes.get("/claims/{id}/evidence", ctx -> paged(ctx, "evidence", queries::evidence));
    routes.get("/claims/{id}/articles", ctx -> paged(ctx, "articles", queries::articles));
    routes.get("/internal/claims", ctx ->
        ctx.json(new ClaimViews.SummaryList(queries.localSummaries(ClaimListQuery.parse(ctx::queryParam)))));
    routes.get("/internal/claims/{id}", ctx -> local(ctx, queries.lookup(ctx.pathParam("id"))));
    routes.get("/internal/claims/{id}/evidence", ctx ->
        local(ctx, queries.evidence(ctx.pathParam("id"), PageRequest.parse(ctx::queryParam))));
    routes.get("/internal/claims/{id}/articles", ctx ->
        local(ctx, queries.articles(ctx.pathParam("id"), PageRequest.parse(ctx::queryParam))));
    routes.get("/instances", ctx -> ctx.json(queries.instances()));
    routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
  }

  private void list(Context ctx) {
    ClaimListQuery query = ClaimListQuery.parse(ctx::queryParam);
    List<ClaimViews.Summary> all = new ArrayList<>(queries.localSummaries(query));
    all.addAll(remote.summaries(queries.otherInstances(), query.filterParameters()));
    ctx.json(query.page(all));
  }

  private void detail(Context ctx) {
    String id = ctx.pathParam("id");
    if (redirected(ctx, id, "")) {
      return;
    }
    switch (queries.lookup(id)) {
      case ClaimLookup.Found<ClaimViews.Detail> found -> ctx.json(found.value());
      case ClaimLookup.OnAnotherInstance<ClaimViews.Detail> other -> {
        Optional<ClaimViews.Detail> detail = remote.detail(other.host(), id);
        if (detail.isPresent()) {
          ctx.json(detail.get());
        } else {
          notFound(ctx, id);
        }
      }
      case ClaimLookup.NotFound<ClaimViews.Detail> notFound -> notFound(ctx, id);
      case ClaimLookup.Unavailable<ClaimViews.Detail> unavailable -> unavailable(ctx, unavailable.reason());
    }
  }

  private <T> void paged(Context ctx, String what, BiFunction<String, PageRequest, ClaimLookup<T>> read) {
    String id = ctx.pathParam("id");
    PageRequest request = PageRequest.parse(ctx::queryParam);
    if (redirected(ctx, id, "/" + what)) {
      return;
    }
    switch (read.apply(id, request)) {
      case ClaimLookup.Found<T> found -> ctx.json(found.value());
      case ClaimLookup.OnAnotherInstance<T> other -> {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        Optional<String> page = remote.page(other.host(), "/internal/claims/" + RemoteClaims.encode(id) + "/" + what
            + query);
        if (page.isPresent()) {
          ctx.contentType("application/json").result(page.get());
        } else {
          notFound(ctx, id);
        }
      }
      case ClaimLookup.NotFound<T> notFound -> notFound(ctx, id);
      case ClaimLookup.Unavailable<T> unavailable -> unavailable(ctx, unavailable.reason());
    }
  }

  /** Answers 308 to the survivor's route when {@code id} was merged into another claim. */
  private boolean redirected(Context ctx, String id, String suffix) {
    Optional<String> survivor = queries.survivor(id);
    if (survivor.isEmpty()) {
      return false;
    }
    String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
    ctx.status(308).header("Location", "/claims/" + RemoteClaims.encode(survivor.get()) + suffix + query)
        .json(Map.of("claimId", id, "mergedInto", survivor.get()));
    return true;
  }

  private static <T> void local(Context ctx, ClaimLookup<T> lookup) {
    switch (lookup) {
      case ClaimLookup.Found<T> found -> ctx.json(found.value());
      case ClaimLookup.NotFound<T> notFound -> notFound(ctx, ctx.pathParam("id"));
      case ClaimLookup.OnAnotherInstance<T> other -> unavailable(ctx, "claim moved to " + other.host());
      case ClaimLookup.Unavailable<T> unavailable -> unavailable(ctx, unavailable.reason());
    }
  }

  private static void notFound(Context ctx, String id) {
    ctx.status(404).json(new ApiError("not_found", "id", "no claim with id " + id));
  }

  private static void unavailable(Context ctx, String reason) {
    ctx.status(503).header("Retry-After", RETRY_AFTER_SECONDS)
        .json(new ApiError("unavailable", null, "claim store not queryable right now: " + reason));
  }

  private static byte[] openApi() {
    try (InputStream in = ClaimRoutes.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
