package org.ccionetwork.accounts;

public enum MemberStatus {
    ACTIVE, SUSPENDED, DELETED
}
