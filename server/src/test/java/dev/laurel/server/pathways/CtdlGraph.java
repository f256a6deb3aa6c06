package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A CTDL {@code @graph} document of one pathway, and the shape the Credential Registry's pathway graphs have. */
final class CtdlGraph {

    private final Map<String, JsonNode> nodes = new LinkedHashMap<>();

    CtdlGraph(JsonNode document) {
        assertThat(document.get("@context").asText()).isEqualTo("https://credreg.net/ctdl/schema/context/json");
        document.get("@graph").forEach(node -> nodes.put(node.get("@id").asText(), node));
    }

    JsonNode pathway() {
        List<JsonNode> pathways = nodes.values().stream()
                .filter(node -> node.get("@type").asText().equals("ceterms:Pathway"))
                .toList();
        assertThat(pathways).as("one ceterms:Pathway").hasSize(1);
        return pathways.getFirst();
    }

    JsonNode node(String id) {
        assertThat(nodes).containsKey(id);
        return nodes.get(id);
    }

    Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        nodes.forEach((id, node) -> types.put(id, node.get("@type").asText()));
        return types;
    }

    /**
     * What both published examples have: one pathway whose destination component is in the graph, children that are
     * in the graph, and conditions that require so many of the component's children.
     */
    void assertPublishedShape() {
        List<String> destination = ids(pathway().get("ceterms:hasDestinationComponent"));
        assertThat(destination).as("one destination component").hasSize(1);
        assertThat(nodes.keySet())
                .as("the destination component is in the graph")
                .containsAll(destination);
        nodes.values().forEach(node -> {
            List<String> children = ids(node.get("ceasn:hasChild"));
            assertThat(nodes.keySet()).as("the children of " + node.get("@id")).containsAll(children);
            JsonNode conditions = node.get("ceterms:hasCondition");
            if (conditions == null) {
                return;
            }
            conditions.forEach(condition -> {
                assertThat(condition.get("@type").asText()).isEqualTo("ceterms:ComponentCondition");
                List<String> targets = ids(condition.get("ceterms:targetComponent"));
                int required = condition.get("ceterms:requiredNumber").asInt();
                assertThat(targets).isNotEmpty();
                assertThat(children)
                        .as("a condition's targets are the component's children")
                        .containsAll(targets);
                assertThat(required).isBetween(1, targets.size());
            });
        });
    }

    /**
     * What Laurel's export holds to beyond that: the components form one tree under the destination, linked both
     * ways, each part of the pathway; every group has one condition over all its children.
     */
    void assertTree() {
        JsonNode pathway = pathway();
        String id = pathway.get("@id").asText();
        String destination = pathway.get("ceterms:hasDestinationComponent").asText();
        assertThat(node(destination).get("ceterms:isDestinationComponentOf").asText())
                .isEqualTo(id);
        Set<String> seen = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(destination));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            assertThat(seen.add(current)).as(current + " is reached once").isTrue();
            JsonNode node = node(current);
            assertThat(ids(node.get("ceterms:isPartOf"))).containsExactly(id);
            List<String> children = ids(node.get("ceasn:hasChild"));
            children.forEach(child ->
                    assertThat(node(child).get("ceasn:isChildOf").asText()).isEqualTo(current));
            if (!children.isEmpty()) {
                JsonNode conditions = node.get("ceterms:hasCondition");
                assertThat(conditions).hasSize(1);
                assertThat(ids(conditions.get(0).get("ceterms:targetComponent")))
                        .containsExactlyElementsOf(children);
            }
            queue.addAll(children);
        }
        Set<String> components = new HashSet<>(nodes.keySet());
        components.remove(id);
        assertThat(seen).as("every component is under the destination").isEqualTo(components);
        assertThat(ids(pathway.get("ceterms:hasPart"))).containsExactlyInAnyOrderElementsOf(components);
    }

    private static List<String> ids(JsonNode value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        if (value.isArray()) {
            value.forEach(element -> ids.add(element.asText()));
        } else {
            ids.add(value.asText());
        }
        return ids;
    }
}
