package org.ccionetwork.forum.moderation;

/** How many posts (threads and replies, held ones too) a member wrote in the last minute and the last hour. */
record RecentPosts(int lastMinute, int lastHour) {
}
