package org.bearing.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The account rules on their own: usernames, display names, passwords, the last administrator and self-disabling. */
class AccountPolicyTest {
    private static final Account ADMIN = new Account(1, "admin", "Administrator", Role.ADMIN, true);
    private static final Account ADA = new Account(2, "Ada", "Ada Lovelace", Role.ADMIN, true);
    private static final Account BOB = new Account(3, "bob", "Bob", Role.MEMBER, true);

    @Test
    void usernamesAre3To64LettersDigitsDotsDashesAndUnderscores() {
        assertThat(AccountPolicy.username("  ada.l-o_2 ")).isEqualTo("ada.l-o_2");
        assertThat(AccountPolicy.username("abc")).isEqualTo("abc");
        assertThat(AccountPolicy.username("a".repeat(64))).hasSize(64);
        for (String bad : new String[]{null, "", "  ", "ab", "a".repeat(65), "ada lovelace", "ada@example.com", "zoë", "a/b"}) {
            assertThatThrownBy(() -> AccountPolicy.username(bad)).as(String.valueOf(bad)).isInstanceOf(InvalidFieldException.class)
                    .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("username");
        }
        assertThat(AccountPolicy.key("Ada.L")).isEqualTo(AccountPolicy.key("ada.l")).isEqualTo("ada.l");
    }

    @Test
    void aDisplayNameIsRequired() {
        assertThat(AccountPolicy.displayName(" Ada Lovelace ")).isEqualTo("Ada Lovelace");
        assertThatThrownBy(() -> AccountPolicy.displayName(" ")).isInstanceOf(InvalidFieldException.class).hasMessageContaining("displayName");
        assertThatThrownBy(() -> AccountPolicy.displayName("x".repeat(201))).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void passwordsHaveAtLeast12CharactersAndAtMost72Bytes() {
        assertThatCode(() -> AccountPolicy.password("password", "twelve-chars")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccountPolicy.password("newPassword", "eleven-char")).isInstanceOf(InvalidFieldException.class)
                .hasMessage("newPassword must have at least 12 characters")
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("newPassword");
        assertThatThrownBy(() -> AccountPolicy.password("password", null)).isInstanceOf(InvalidFieldException.class);
        assertThatCode(() -> AccountPolicy.password("password", "x".repeat(72))).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccountPolicy.password("password", "x".repeat(73))).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("72 bytes");
        assertThatThrownBy(() -> AccountPolicy.password("password", "ü".repeat(37))).as("74 bytes in UTF-8")
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void theLastEnabledAdministratorCanBeNeitherDemotedNorDisabled() {
        List<String> onlyAdmin = List.of("admin");
        RuleViolationException demote = (RuleViolationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> AccountPolicy.requireChangeAllowed(ADMIN, Role.MEMBER, true, onlyAdmin, "ada"));
        assertThat(demote.rule()).isEqualTo("last-admin");
        assertThat(demote.field()).isEqualTo("role");
        assertThat(demote.getMessage()).contains("'admin' is the last enabled administrator", "demoting");
        RuleViolationException disable = (RuleViolationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> AccountPolicy.requireChangeAllowed(ADMIN, Role.ADMIN, false, onlyAdmin, "cli"));
        assertThat(disable.rule()).isEqualTo("last-admin");
        assertThat(disable.field()).isEqualTo("enabled");

        assertThatCode(() -> AccountPolicy.requireChangeAllowed(ADMIN, Role.MEMBER, true, List.of("admin", "Ada"), "Ada"))
                .as("another enabled admin remains").doesNotThrowAnyException();
        assertThatCode(() -> AccountPolicy.requireChangeAllowed(ADMIN, Role.ADMIN, true, onlyAdmin, "admin"))
                .as("renaming the last admin changes nothing that matters").doesNotThrowAnyException();
        assertThatThrownBy(() -> AccountPolicy.requireChangeAllowed(ADMIN, Role.MEMBER, true, List.of("admin", "ADMIN"), "x"))
                .as("the same account in another case is not another admin").isInstanceOf(RuleViolationException.class);
        assertThatCode(() -> AccountPolicy.requireChangeAllowed(BOB, Role.MEMBER, false, onlyAdmin, "admin"))
                .as("members are disabled freely").doesNotThrowAnyException();
    }

    @Test
    void nobodyDisablesTheirOwnAccount() {
        RuleViolationException own = (RuleViolationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> AccountPolicy.requireChangeAllowed(ADA, Role.ADMIN, false, List.of("admin", "Ada"), "ada"));
        assertThat(own.rule()).isEqualTo("own-account");
        assertThat(own.field()).isEqualTo("enabled");
        assertThatCode(() -> AccountPolicy.requireChangeAllowed(ADA, Role.ADMIN, false, List.of("admin", "Ada"), "admin"))
                .doesNotThrowAnyException();
    }
}
