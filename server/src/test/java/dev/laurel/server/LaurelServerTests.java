package dev.laurel.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest
class LaurelServerTests {

    @Autowired
    ApplicationContext context;

    @Test
    void startsTheApplicationContext() {
        assertThat(context.getBeansOfType(LaurelServer.class)).hasSize(1);
    }
}
