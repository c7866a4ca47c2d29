package nl.commsaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSettingsTest {

    @Test
    void aRuleIsOnUnlessTheDefinitionSwitchesItOffByIdAsByRule() {
        RuleSettings settings = RuleSettings.of(Map.of(
                        "AMZ-STY-SPELLING", Map.of("enabled", false),
                        "AMZ-MSG-WRONG-LANGUAGE", Map.of("severity", "LOW")),
                Set.of("AMZ-STY-SPELLING", "AMZ-MSG-WRONG-LANGUAGE", "AMZ-MSG-LATE"));
        assertThat(settings.enabled("AMZ-STY-SPELLING")).isFalse();
        assertThat(settings.enabled("AMZ-MSG-WRONG-LANGUAGE")).isTrue(); // settings, but not "enabled: false"
        assertThat(settings.enabled("AMZ-MSG-LATE")).isTrue();
        assertThat(RuleSettings.defaults().enabled("AMZ-STY-SPELLING")).isTrue();
    }
}
