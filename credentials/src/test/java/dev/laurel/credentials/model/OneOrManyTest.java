package dev.laurel.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class OneOrManyTest {

    @Test
    void remembersThatAnArrayOfOneIsAnArray() {
        assertThat(OneOrMany.many("Profile")).isNotEqualTo(OneOrMany.one("Profile"));
        assertThat(OneOrMany.many("Profile").array()).isTrue();
        assertThat(OneOrMany.one("Profile").array()).isFalse();
    }

    @Test
    void refusesASingleValueThatIsNotExactlyOne() {
        assertThatThrownBy(() -> new OneOrMany<>(List.of("a", "b"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OneOrMany<>(List.of(), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OneOrMany.many("a", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void becomesAnArrayWhenAValueIsAdded() {
        OneOrMany<String> types = OneOrMany.one("VerifiableCredential").plus("OpenBadgeCredential");

        assertThat(types).isEqualTo(OneOrMany.many("VerifiableCredential", "OpenBadgeCredential"));
    }

    @Test
    void mapsValuesKeepingTheShape() {
        assertThat(OneOrMany.one("a").map(String::length)).isEqualTo(OneOrMany.one(1));
        assertThat(OneOrMany.many("a", "bb").map(String::length)).isEqualTo(OneOrMany.many(1, 2));
    }

    @Test
    void treatsAnAbsentPropertyAsNoValues() {
        assertThat(OneOrMany.listOf(null)).isEmpty();
        assertThat(OneOrMany.listOf(OneOrMany.many("x"))).containsExactly("x");
        assertThatThrownBy(() -> OneOrMany.many().first()).isInstanceOf(NoSuchElementException.class);
    }
}
