package io.claimwatch.ingest.http;

import io.claimwatch.ingest.ArticleIngestor;
import io.claimwatch.ingest.ItemResult;
import io.claimwatch.ingest.publish.WriteUnavailableException;
import io.claimwatch.ingest.store.ArticleState;
import io.claimwatch.ingest.validate.RejectReason;
import io.claimwatch.ingest.validate.RejectedException;
import io.claimwatch.ingest.validate.Rejection;
import io.claimwatch.ingest.validate.SubmissionParser;
import io.claimwatch.ingest.validate.SubmissionParser.ParsedRequest;
import io.claimwatch.platform.http.ApiError;
import io.claimwatch.schemas.Article;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code /articles} endpoints. Whole-request problems (content type, size, UTF-8, malformed JSON) answer with
 * the reason's 4xx status; a single article that fails validation does too; a batch answers {@code 201} when every
 * item was accepted or unchanged and {@code 207} with per-item results otherwise. Every refusal is dead-lettered
 * before the answer. Ids that are URLs contain slashes, so {@code GET}/{@code DELETE} also take {@code ?id=}.
 */
public final class ArticleRoutes {

    private final ArticleIngestor ingestor;
    private final SubmissionParser parser;
    private final BearerAuth auth;
    private final long maxRequestBytes;
    private final int retryAfterSeconds;

    public ArticleRoutes(ArticleIngestor ingestor, SubmissionParser parser, BearerAuth auth, long maxRequestBytes,
                         int retryAfterSeconds) {
        this.ingestor = ingestor;
        this.parser = parser;
        this.auth = auth;
        this.maxRequestBytes = maxRequestBytes;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Before-handler for every {@code /articles} path: {@code 401} (nothing read, nothing written) without a valid token. */
    public void authorize(Context ctx) {
        if (!auth.allows(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"claimwatch-ingest\"");
            ctx.status(401).json(new ApiError("unauthorized", null, "a valid bearer token is required"));
            ctx.skipRemainingHandlers();
        }
    }

    public void post(Context ctx) throws IOException {
        RequestBody.Read body = RequestBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), maxRequestBytes);
        try {
            if (body.overLimit()) {
                refuseRequest(ctx, new RejectedException(RejectReason.REQUEST_TOO_LARGE, null,
                        "request body is over the limit of " + maxRequestBytes + " bytes"), body.bytes(), body.totalBytes());
                return;
            }
            ParsedRequest request;
            try {
                RequestBody.Format format = RequestBody.format(ctx.contentType());
                String text = SubmissionParser.decodeUtf8(body.bytes());
                request = format == RequestBody.Format.NDJSON ? parser.parseNdjson(text) : parser.parseJson(text);
            } catch (RejectedException e) {
                refuseRequest(ctx, e, body.bytes(), body.totalBytes());
                return;
            }
            List<ItemResult> results = ingestor.ingest(request.items(), "http");
            if (request.batch()) {
                answerBatch(ctx, results);
            } else {
                answerSingle(ctx, results.getFirst());
            }
        } catch (WriteUnavailableException e) {
            unavailable(ctx, e);
        }
    }

    public void get(Context ctx) {
        String id = id(ctx);
        Optional<ArticleState> state = ingestor.state(id);
        if (state.isEmpty()) {
            ctx.status(404).json(new ApiError("not_found", "id", "no article with id " + id));
        } else if (state.get().retracted()) {
            ctx.status(410).json(new ApiError("retracted", "id", "article " + id + " was retracted"));
        } else {
            Optional<Article> article = ingestor.article(id);
            if (article.isPresent()) {
                ctx.json(ArticleJson.of(article.get()));
            } else {
                ctx.header("Retry-After", Integer.toString(retryAfterSeconds));
                ctx.status(503).json(new ApiError("unavailable", "id", "article " + id + " could not be read back from the topic; retry later"));
            }
        }
    }

    public void delete(Context ctx) {
        String id = id(ctx);
        try {
            ArticleIngestor.Retraction outcome = ingestor.retract(id);
            if (outcome == ArticleIngestor.Retraction.NOT_FOUND) {
                ctx.status(404).json(new ApiError("not_found", "id", "no article with id " + id));
            } else {
                ctx.status(202).json(Map.of("id", id, "status", outcome.name().toLowerCase(java.util.Locale.ROOT)));
            }
        } catch (WriteUnavailableException e) {
            unavailable(ctx, e);
        }
    }

    private static String id(Context ctx) {
        String fromQuery = ctx.queryParam("id");
        return fromQuery != null ? fromQuery : ctx.pathParam("id");
    }

    private void refuseRequest(Context ctx, RejectedException e, byte[] payload, long totalBytes)
            throws WriteUnavailableException {
        Rejection r = e.rejection();
        ingestor.rejectRequest(r, payload, totalBytes, "http");
        ctx.status(r.reason().httpStatus()).json(error(r));
    }

    private static void answerSingle(Context ctx, ItemResult result) {
        if (!result.accepted()) {
            ctx.status(result.rejection().reason().httpStatus()).json(error(result.rejection()));
            return;
        }
        ctx.status(result.status() == ItemResult.Status.UNCHANGED ? 200 : 201).json(itemJson(result));
    }

    private static void answerBatch(Context ctx, List<ItemResult> results) {
        long rejected = results.stream().filter(r -> !r.accepted()).count();
        long unchanged = results.stream().filter(r -> r.status() == ItemResult.Status.UNCHANGED).count();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", results.size() - rejected - unchanged);
        body.put("unchanged", unchanged);
        body.put("rejected", rejected);
        body.put("results", results.stream().map(ArticleRoutes::itemJson).toList());
        ctx.status(rejected > 0 ? 207 : 201).json(body);
    }

    private static Map<String, Object> itemJson(ItemResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", r.index());
        json.put("status", r.status().code());
        if (r.accepted()) {
            json.put("id", r.id());
            json.put("version", r.version());
        } else {
            json.put("httpStatus", r.rejection().reason().httpStatus());
            json.put("error", r.rejection().reason().code());
            json.put("field", r.rejection().field());
            json.put("message", r.rejection().message());
        }
        return json;
    }

    private static ApiError error(Rejection r) {
        return new ApiError(r.reason().code(), r.field(), r.message());
    }

    private void unavailable(Context ctx, WriteUnavailableException e) {
        ctx.header("Retry-After", Integer.toString(retryAfterSeconds));
        ctx.status(503).json(new ApiError("unavailable", null, "nothing was accepted; retry later (" + e.getMessage() + ")"));
    }

    /** JSON view of an accepted article (timestamps as ISO-8601). */
    static final class ArticleJson {
        private ArticleJson() {
        }

        static Map<String, Object> of(Article a) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", a.getId());
            json.put("version", a.getVersion());
            json.put("contentHash", a.getContentHash());
            json.put("url", a.getUrl());
            json.put("publisher", a.getPublisher());
            json.put("publishedAt", a.getPublishedAt() == null ? null : a.getPublishedAt().toString());
            json.put("ingestedAt", a.getIngestedAt().toString());
            json.put("title", a.getTitle());
            json.put("body", a.getBody());
            json.put("language", a.getLanguage());
            json.put("author", a.getAuthor());
            json.put("source", a.getSourceSystem());
            return json;
        }
    }
}
