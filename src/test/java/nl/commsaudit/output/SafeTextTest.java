package nl.commsaudit.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void textThatAStartsLikeAFormulaGetsAnApostrophe() {
        assertThat(SafeText.csv("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SafeText.csv("+31 20 123 4567")).isEqualTo("'+31 20 123 4567");
        assertThat(SafeText.csv("-1+2")).isEqualTo("'-1+2");
        assertThat(SafeText.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeText.csv("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(SafeText.csv("bol-1")).isEqualTo("bol-1");
        assertThat(SafeText.csv("a=b")).isEqualTo("a=b");
        assertThat(SafeText.csv("")).isEmpty();
        assertThat(SafeText.csv(null)).isNull();
    }
}
