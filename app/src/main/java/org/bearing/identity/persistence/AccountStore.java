package org.bearing.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bearing.identity.Account;
import org.bearing.identity.AccountPolicy;
import org.bearing.identity.ApiToken;
import org.bearing.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code app_user} and {@code api_token}. Times are stored in UTC. */
@Repository
public class AccountStore {
    private final JdbcClient jdbc;

    public AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account with its password hash, for authentication only. */
    public record Credentials(Account account, String passwordHash) {
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** The account named {@code username} in any case ({@code Ada} finds {@code ada}). */
    public Optional<Credentials> byUsername(String username) {
        return jdbc.sql("select * from app_user where username_key = ?").param(AccountPolicy.key(username))
                .query((rs, i) -> new Credentials(account(rs), rs.getString("password_hash"))).optional();
    }

    public long insert(String username, String passwordHash, String displayName, Role role) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, username_key, password_hash, display_name, role) values (?, ?, ?, ?, ?)")
                .params(username, AccountPolicy.key(username), passwordHash, displayName, role.name()).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Every account, by username. */
    public List<Account> all() {
        return jdbc.sql("select * from app_user order by username_key").query((rs, i) -> account(rs)).list();
    }

    /**
     * The usernames of every enabled administrator, with their rows locked until the transaction ends, so that two
     * administrators demoting each other at the same moment cannot both pass the last-administrator check.
     */
    public List<String> lockEnabledAdmins() {
        return jdbc.sql("select username from app_user where role = 'ADMIN' and enabled = true order by id for update")
                .query(String.class).list();
    }

    public void update(long id, String displayName, Role role, boolean enabled) {
        jdbc.sql("update app_user set display_name = ?, role = ?, enabled = ? where id = ?")
                .params(displayName, role.name(), enabled, id).update();
    }

    public void updatePassword(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    public long insertToken(long userId, String name, String hash, String prefix, Instant createdAt, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (user_id, name, token_hash, prefix, created_at, expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(userId, name, hash, prefix, utc(createdAt), utc(expiresAt)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<ApiToken> tokens(long userId) {
        return jdbc.sql("select * from api_token where user_id = ? order by id").param(userId).query((rs, i) -> token(rs)).list();
    }

    public Optional<ApiToken> token(long userId, long tokenId) {
        return jdbc.sql("select * from api_token where user_id = ? and id = ?").params(userId, tokenId).query((rs, i) -> token(rs)).optional();
    }

    /** The enabled account owning a token hash, when the token exists and has not expired at {@code now}. */
    public Optional<Account> accountForToken(String hash, Instant now) {
        return jdbc.sql("""
                        select u.* from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = ? and u.enabled = true and (t.expires_at is null or t.expires_at > ?)""")
                .params(hash, utc(now)).query((rs, i) -> account(rs)).optional();
    }

    public void markUsed(String hash, Instant now) {
        jdbc.sql("update api_token set last_used_at = ? where token_hash = ?").params(utc(now), hash).update();
    }

    /** Deletes every API token of an account; the number deleted. */
    public int deleteTokens(long userId) {
        return jdbc.sql("delete from api_token where user_id = ?").param(userId).update();
    }

    public int deleteToken(long userId, long tokenId) {
        return jdbc.sql("delete from api_token where user_id = ? and id = ?").params(userId, tokenId).update();
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"));
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
