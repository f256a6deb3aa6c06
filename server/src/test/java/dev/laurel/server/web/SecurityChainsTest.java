package dev.laurel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ServerTest;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;

/** Every security filter chain has its own place in {@link SecurityChains}, and requests meet them in that order. */
class SecurityChainsTest extends ServerTest {

    @Autowired
    ConfigurableListableBeanFactory beans;

    @Autowired
    FilterChainProxy proxy;

    @Test
    void everyChainHasAPlaceOfItsOwnInSecurityChains() {
        Map<String, Integer> places = places();
        assertThat(places).as("the security filter chains and their @Order").hasSizeGreaterThanOrEqualTo(6);
        assertThat(places.values()).as("@Order of each chain").doesNotContainNull();
        assertThat(places.values()).as("no two chains share an order").doesNotHaveDuplicates();
        assertThat(places.values()).as("orders named in SecurityChains").isSubsetOf(securityChains());
    }

    @Test
    void requestsMeetTheChainsInThatOrder() {
        List<SecurityFilterChain> byPlace = places().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(chain -> beans.getBean(chain.getKey(), SecurityFilterChain.class))
                .toList();
        assertThat(proxy.getFilterChains()).containsExactlyElementsOf(byPlace);
    }

    /** Each chain bean's name and the value of its {@code @Order} (null without one). */
    private Map<String, Integer> places() {
        Map<String, Integer> places = new TreeMap<>();
        for (String name : beans.getBeanNamesForType(SecurityFilterChain.class)) {
            Order order = beans.findAnnotationOnBean(name, Order.class);
            places.put(name, order == null ? null : order.value());
        }
        return places;
    }

    private static List<Integer> securityChains() {
        return Arrays.stream(SecurityChains.class.getFields())
                .map(SecurityChainsTest::value)
                .toList();
    }

    private static int value(Field constant) {
        try {
            return constant.getInt(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
