package org.ccionetwork.accounts;

/**
 * What a member can sign in with: a password, linked providers, passkeys. The last way left is never removed,
 * so nobody locks themselves out.
 */
record SignInWays(boolean password, int providers, int passkeys) {

    boolean mayRemoveProvider() {
        return password || providers > 1 || passkeys > 0;
    }

    boolean mayRemovePasskey() {
        return password || providers > 0 || passkeys > 1;
    }
}
