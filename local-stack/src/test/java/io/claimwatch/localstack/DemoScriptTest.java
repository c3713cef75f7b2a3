package io.claimwatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DemoScriptTest {

    @Test
    void shouldFeedAtLeastTwelveArticlesWithAnUpdateAndARetractionWhenPlayed() throws Exception {
        List<DemoFeeder.Step> steps = DemoFeeder.script();
        List<DemoFeeder.Step> posts = steps.stream().filter(s -> s.action().equals("post")).toList();
        assertThat(posts).hasSizeGreaterThanOrEqualTo(12);

        ObjectMapper json = new ObjectMapper();
        List<String> urls = new java.util.ArrayList<>();
        for (DemoFeeder.Step post : posts) {
            JsonNode article = json.readTree(DemoFeeder.resource(post.argument()));
            assertThat(article.get("title").asText()).isNotBlank();
            assertThat(article.get("body").asText()).isNotBlank();
            urls.add(article.get("url").asText());
        }
        Set<String> distinct = Set.copyOf(urls);
        assertThat(distinct).as("one URL posted twice is an update").hasSizeLessThan(urls.size());
        Set<String> deleted = steps.stream().filter(s -> s.action().equals("delete")).map(DemoFeeder.Step::argument)
                .collect(Collectors.toSet());
        assertThat(deleted).isNotEmpty();
        assertThat(distinct).containsAll(deleted);
    }
}
