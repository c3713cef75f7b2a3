package io.claimwatch.aggregate.http;

import io.claimwatch.aggregate.query.ClaimListQuery;
import io.claimwatch.aggregate.query.ClaimLookup;
import io.claimwatch.aggregate.query.ClaimQueryService;
import io.claimwatch.aggregate.query.ClaimViews;
import io.claimwatch.aggregate.query.InvalidParameterException;
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
import java.util.Optional;

/**
 * The query API: {@code /claims} (all instances, merged then sorted and paged), {@code /claims/{id}} (from the owning
 * instance), {@code /claims/stream} (SSE of this instance's changes), {@code /instances}, {@code /openapi.json}, and
 * the {@code /internal/claims} endpoints the instances use to ask each other, which answer from the local store only.
 * While the store cannot be queried, answers are {@code 503} with {@code Retry-After} and a JSON body.
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
    routes.get("/internal/claims", ctx ->
        ctx.json(new ClaimViews.SummaryList(queries.localSummaries(ClaimListQuery.parse(ctx::queryParam)))));
    routes.get("/internal/claims/{id}", this::localDetail);
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
    switch (queries.lookup(id)) {
      case ClaimLookup.Found found -> ctx.json(ClaimViews.detail(found.state()));
      case ClaimLookup.OnAnotherInstance other -> {
        Optional<ClaimViews.Detail> detail = remote.detail(other.host(), id);
        if (detail.isPresent()) {
          ctx.json(detail.get());
        } else {
          notFound(ctx, id);
        }
      }
      case ClaimLookup.NotFound notFound -> notFound(ctx, id);
      case ClaimLookup.Unavailable unavailable -> unavailable(ctx, unavailable.reason());
    }
  }

  private void localDetail(Context ctx) {
    String id = ctx.pathParam("id");
    switch (queries.lookup(id)) {
      case ClaimLookup.Found found -> ctx.json(ClaimViews.detail(found.state()));
      case ClaimLookup.NotFound notFound -> notFound(ctx, id);
      case ClaimLookup.OnAnotherInstance other -> unavailable(ctx, "claim moved to " + other.host());
      case ClaimLookup.Unavailable unavailable -> unavailable(ctx, unavailable.reason());
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
