package dev.laurel.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gives a typed failure naming the offending value by JSON Pointer, never an exception. */
class MalformedInputTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BASIC = "ob-v3p0-impl/credential.json";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /type                                   | 5                 | WRONG_TYPE        | a number (5)
            /issuer                                 | []                | WRONG_TYPE        | an array
            /issuer                                 | 42                | WRONG_TYPE        | a number (42)
            /validFrom                              | "yesterday"       | INVALID_DATE_TIME | a string ("yesterday")
            /validFrom                              | "2010-01-01"      | INVALID_DATE_TIME | a string ("2010-01-01")
            /validUntil                             | 20100101          | WRONG_TYPE        | a number (20100101)
            /@context                               | 5                 | WRONG_TYPE        | a number (5)
            /name                                   | {"en": "Badge"}   | WRONG_TYPE        | an object
            /credentialSubject                      | "did:example:1"   | WRONG_TYPE        | a string ("did:example:1")
            /credentialSubject/achievement/criteria | "be good"         | WRONG_TYPE        | a string ("be good")
            /credentialSubject/achievement/name     | null              | WRONG_TYPE        | null
            /credentialSubject/achievement/type     | [1]               | WRONG_TYPE        | a number (1)
            /credentialSubject/creditsEarned        | "3"               | WRONG_TYPE        | a string ("3")
            /credentialSubject/identifier           | [{"hashed": "no"}]| WRONG_TYPE        | a string ("no")
            /proof                                  | [5]               | WRONG_TYPE        | a number (5)
            /proof                                  | {"created": "x"}  | INVALID_DATE_TIME | a string ("x")
            """)
    void reportsWhereAndWhatIsWrong(String pointer, String value, ReadProblem.Kind kind, String found) {
        ObjectNode json = Vectors.json(BASIC).deepCopy();
        put(json, pointer, CredentialJson.parse(value).orElseThrow());

        ReadResult<VerifiableCredential> result = CredentialJson.read(json);

        assertThat(result).isInstanceOf(ReadResult.Failure.class);
        ReadProblem problem = result.problems().get(0);
        assertThat(problem.kind()).isEqualTo(kind);
        assertThat(problem.pointer()).startsWith(pointer);
        assertThat(problem.found()).isEqualTo(found);
        assertThat(problem.message()).startsWith(problem.pointer() + ": expected ");
    }

    @Test
    void reportsEveryProblemOfADocumentAtOnce() {
        ObjectNode json = Vectors.json(BASIC).deepCopy();
        json.put("type", 5);
        json.set("issuer", NODES.arrayNode());
        json.put("validFrom", "soon");

        assertThat(CredentialJson.read(json).problems())
                .extracting(ReadProblem::pointer)
                .containsExactly("/type", "/issuer", "/validFrom");
    }

    @Test
    void namesTheArrayItemThatIsWrong() {
        ObjectNode json = Vectors.json("ob-v3p0-spec-examples/06-complete-openbadgecredential.json")
                .deepCopy();
        ((ObjectNode) json.at("/credentialSubject/achievement/alignment/1")).put("targetName", true);

        assertThat(CredentialJson.read(json).problems())
                .singleElement()
                .extracting(ReadProblem::pointer)
                .isEqualTo("/credentialSubject/achievement/alignment/1/targetName");
    }

    @Test
    void reportsAnInvalidDateOfBirth() {
        ReadResult<Profile> result = CredentialJson.readProfile("{\"dateOfBirth\": \"2001-2-3\"}");

        assertThat(result.problems())
                .singleElement()
                .extracting(ReadProblem::kind, ReadProblem::pointer)
                .containsExactly(ReadProblem.Kind.INVALID_DATE, "/dateOfBirth");
    }

    @Test
    void reportsADocumentThatIsNotAnObject() {
        assertThat(CredentialJson.read("[1, 2]").problems())
                .singleElement()
                .extracting(ReadProblem::kind, ReadProblem::pointer, ReadProblem::found)
                .containsExactly(ReadProblem.Kind.WRONG_TYPE, "", "an array");
    }

    @Test
    void reportsTextThatIsNotJson() {
        assertThat(CredentialJson.read("{\"id\": ").problems())
                .singleElement()
                .extracting(ReadProblem::kind)
                .isEqualTo(ReadProblem.Kind.INVALID_JSON);
        assertThat(CredentialJson.read("{\"id\": \"a\", \"id\": \"b\"}")
                        .problems()
                        .get(0)
                        .found())
                .contains("Duplicate field 'id'");
        assertThat(CredentialJson.read("{} {}").problems().get(0).kind()).isEqualTo(ReadProblem.Kind.INVALID_JSON);
        assertThat(CredentialJson.read("").problems().get(0).kind()).isEqualTo(ReadProblem.Kind.INVALID_JSON);
    }

    @Test
    void throwsOnlyWhenTheCallerAsksFor() {
        ReadResult<VerifiableCredential> result = CredentialJson.read("{\"type\": 5}");

        assertThatThrownBy(result::orElseThrow)
                .isInstanceOfSatisfying(CredentialReadException.class, e -> assertThat(e.problems())
                        .isEqualTo(result.problems()))
                .hasMessage("/type: expected a string or an array of strings, found a number (5)");
    }

    /**
     * Replaces each value of the complete example in turn by each kind of JSON value: reading never throws, and any
     * problem is at the replaced value or inside it.
     */
    @Test
    void neverThrowsWhateverValueIsReplaced() {
        JsonNode complete = Vectors.json("ob-v3p0-spec-examples/06-complete-openbadgecredential.json");
        List<JsonNode> replacements = List.of(
                NODES.numberNode(5),
                NODES.textNode("x"),
                NODES.booleanNode(true),
                NODES.nullNode(),
                NODES.arrayNode(),
                NODES.arrayNode().add(5),
                NODES.objectNode(),
                NODES.objectNode().put("type", 5));
        int failures = 0;
        for (String pointer : pointersIn(complete, "")) {
            for (JsonNode replacement : replacements) {
                ObjectNode mutated = complete.deepCopy();
                put(mutated, pointer, replacement);

                ReadResult<VerifiableCredential> result = CredentialJson.read(mutated);

                for (ReadProblem problem : result.problems()) {
                    assertThat(problem.pointer()).as("replacing %s", pointer).startsWith(pointer);
                    failures++;
                }
            }
        }
        assertThat(failures).isGreaterThan(1000);
    }

    private static List<String> pointersIn(JsonNode node, String at) {
        List<String> pointers = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = at + "/" + field.getKey();
                pointers.add(child);
                pointers.addAll(pointersIn(field.getValue(), child));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.add(at + "/" + i);
                pointers.addAll(pointersIn(node.get(i), at + "/" + i));
            }
        }
        return pointers;
    }

    private static void put(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }
}
