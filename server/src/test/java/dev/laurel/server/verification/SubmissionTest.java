package dev.laurel.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** The URL branch with an injected fetcher (the running server's fetcher refuses the test's own addresses). */
class SubmissionTest {

    private static final HttpFetcher UNUSED = (url, accept) -> {
        throw new AssertionError("nothing should be fetched, asked for " + url);
    };

    @Test
    void fetchesAPastedUrlAndVerifiesWhatItServes() {
        List<String> asked = new ArrayList<>();
        HttpFetcher fetcher = (url, accept) -> {
            asked.add(url + " " + accept);
            return new FetchResult.Fetched(url, "application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        };
        Submission.Read read = Submission.read(null, "  https://badges.example/c/42  \n", fetcher);
        assertThat(read).isInstanceOfSatisfying(Submission.Given.class, given -> {
            assertThat(given.bytes()).asString(StandardCharsets.UTF_8).isEqualTo("{\"a\":1}");
            assertThat(given.source()).isEqualTo("https://badges.example/c/42");
        });
        assertThat(asked).containsExactly("https://badges.example/c/42 " + Submission.ACCEPT);
    }

    @Test
    void explainsAUrlThatCannotBeFetched() {
        HttpFetcher fetcher = (url, accept) -> new FetchResult.Failed(url, url + " answered HTTP 404", 404);
        assertThat(Submission.read(null, "http://badges.example/gone", fetcher))
                .isEqualTo(new Submission.Refused(
                        VerificationProblem.URL_NOT_FETCHED, "http://badges.example/gone answered HTTP 404"));
    }

    @Test
    void takesOtherTextAsTheCredentialItself() {
        assertThat(Submission.read(null, "eyJhbGciOiJFZERTQSJ9.e30.c2ln", UNUSED))
                .isInstanceOfSatisfying(Submission.Given.class, given -> assertThat(given.source())
                        .isNull());
        assertThat(Submission.read(null, "https://example.org/a credential with spaces", UNUSED))
                .isInstanceOf(Submission.Given.class);
    }

    @Test
    void treatsAFileFieldLeftEmptyAsNoFile() {
        MockMultipartFile none = new MockMultipartFile("file", "", "application/octet-stream", new byte[0]);
        assertThat(Submission.read(none, "", UNUSED))
                .isEqualTo(new Submission.Refused(VerificationProblem.NO_INPUT, null));
        assertThat(Submission.read(none, "{}", UNUSED)).isInstanceOf(Submission.Given.class);
    }

    @Test
    void refusesAnEmptyFileAndTwoInputs() {
        MockMultipartFile empty = new MockMultipartFile("file", "badge.png", "image/png", new byte[0]);
        assertThat(Submission.read(empty, null, UNUSED))
                .isEqualTo(new Submission.Refused(VerificationProblem.EMPTY_FILE, null));
        MockMultipartFile file = new MockMultipartFile("file", "badge.png", "image/png", new byte[] {1});
        assertThat(Submission.read(file, "{}", UNUSED))
                .isEqualTo(new Submission.Refused(VerificationProblem.BOTH_INPUTS, null));
        assertThat(Submission.read(file, null, UNUSED)).isInstanceOfSatisfying(Submission.Given.class, given -> {
            assertThat(given.source()).isEqualTo("badge.png");
            assertThat(given.bytes()).containsExactly(1);
        });
    }

    @Test
    void namesEachProblemByAStableCodeAndType() {
        assertThat(URI.create("https://laurel.dev/problems/verify/url-not-fetched"))
                .isEqualTo(VerificationProblem.URL_NOT_FETCHED.type());
        assertThat(VerificationProblem.URL_NOT_FETCHED.code()).isEqualTo("verify.url-not-fetched");
    }
}
