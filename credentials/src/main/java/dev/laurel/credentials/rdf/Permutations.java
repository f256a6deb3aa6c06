package dev.laurel.credentials.rdf;

/** Steps through the distinct permutations of an int array in lexicographic order, in place. */
final class Permutations {

    private Permutations() {}

    /**
     * Rearranges {@code values} into the next permutation in lexicographic order; returns false, leaving {@code values}
     * sorted descending, when it already was the last. Starting from sorted ascending visits every distinct
     * permutation once.
     */
    static boolean next(int[] values) {
        int i = values.length - 2;
        while (i >= 0 && values[i] >= values[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = values.length - 1;
        while (values[j] <= values[i]) {
            j--;
        }
        swap(values, i, j);
        for (int lo = i + 1, hi = values.length - 1; lo < hi; lo++, hi--) {
            swap(values, lo, hi);
        }
        return true;
    }

    private static void swap(int[] values, int i, int j) {
        int t = values[i];
        values[i] = values[j];
        values[j] = t;
    }
}
