package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentAnswersTest {

    @Test
    void remembersByIdentityAndForgetsTheOldestFirst() {
        RecentAnswers<Integer> recent = new RecentAnswers<>(2);
        String first = new String("tekst");
        String equal = new String("tekst");
        recent.put(first, 1);
        assertThat(recent.get(first)).isEqualTo(1);
        assertThat(recent.get(equal)).as("an equal text is another object").isNull();
        recent.put(first, 2);
        recent.put(equal, 3);
        assertThat(recent.get(first)).as("replaced in its own slot, not added again").isEqualTo(2);
        recent.put("derde", 4);
        assertThat(recent.get(first)).as("the oldest went").isNull();
        assertThat(recent.get(equal)).isEqualTo(3);
        assertThat(recent.get("derde")).isEqualTo(4);
    }

    @Test
    void eachThreadHasItsOwn() throws Exception {
        RecentAnswers<Integer> recent = new RecentAnswers<>(2);
        String text = "tekst";
        recent.put(text, 1);
        Integer[] seen = new Integer[1];
        Thread other = new Thread(() -> seen[0] = recent.get(text));
        other.start();
        other.join();
        assertThat(seen[0]).isNull();
        assertThat(recent.get(text)).isEqualTo(1);
    }
}
