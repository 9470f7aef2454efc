package org.ccionetwork.shared;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items what is on this page
 * @param number the page number, from 1
 * @param size the page size
 * @param total how many items there are in all
 */
public record PageOf<T>(List<T> items, int number, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    public long offset() {
        return (long) (number - 1) * size;
    }

    /** The page number asked for, kept within sensible bounds. */
    public static int clamp(Integer page) {
        return page == null || page < 1 ? 1 : Math.min(page, 100_000);
    }
}
