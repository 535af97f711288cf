package itc.renewal.platform.messaging;

import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.PublishedTopic;
import itc.renewal.platform.messaging.TopicCatalogue.TopicSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml creates every topic exactly as the catalogue configures it (issue 10: retention per topic). */
class ComposeTopicsTest {

    private static final Pattern CREATE = Pattern.compile("^\\s+t --topic (\\S+) --partitions (\\d+)((?: --config \\S+)+)\\s*$",
            Pattern.MULTILINE);

    @Test
    void composeCreatesEachTopicWithTheCataloguesConfiguration() throws IOException {
        Map<String, TopicSpec> created = composeTopics();
        assertThat(created.keySet()).as("every published topic")
                .containsAll(EventTypes.topics().stream().map(PublishedTopic::name).toList());
        created.forEach((name, spec) -> assertThat(spec).as(name).isEqualTo(catalogued(name)));
    }

    static Map<String, TopicSpec> composeTopics() throws IOException {
        String compose = Files.readString(Path.of("..", "docker-compose.yml"));
        Map<String, TopicSpec> topics = new LinkedHashMap<>();
        Matcher line = CREATE.matcher(compose);
        while (line.find()) {
            Map<String, String> configs = new LinkedHashMap<>();
            for (String config : line.group(3).trim().split("\\s*--config\\s+")) {
                if (!config.isBlank()) {
                    configs.put(config.substring(0, config.indexOf('=')), config.substring(config.indexOf('=') + 1));
                }
            }
            topics.put(line.group(1), new TopicSpec(line.group(1), Integer.parseInt(line.group(2)), configs));
        }
        return topics;
    }

    private static TopicSpec catalogued(String name) {
        if (!name.startsWith("error.")) {
            return TopicCatalogue.of(name);
        }
        List<String> sources = EventTypes.topics().stream().map(PublishedTopic::name)
                .filter(topic -> name.startsWith("error." + topic + ".")).toList();
        assertThat(sources).as("the topic " + name + " parks records of").hasSize(1);
        return TopicCatalogue.deadLetters(sources.get(0), name.substring(("error." + sources.get(0) + ".").length()));
    }
}
