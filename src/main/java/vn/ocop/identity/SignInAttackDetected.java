package vn.ocop.identity;

import java.time.Instant;

/**
 * An account met a sustained attack on its password (many failed sign-ins from any clients inside a day) and was
 * locked until the given time; its owner is told.
 *
 * @param username the account
 * @param failures the failed sign-ins counted
 * @param lockedUntil until when the account is locked (the office may unlock it sooner)
 */
public record SignInAttackDetected(String username, int failures, Instant lockedUntil) {
}
