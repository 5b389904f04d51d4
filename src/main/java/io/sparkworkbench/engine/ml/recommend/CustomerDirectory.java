package io.sparkworkbench.engine.ml.recommend;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every customer's id, name, email and country held in memory, so the type-ahead answers each key stroke
 * without a Spark job. Names and emails live in byte blobs with offsets, once as written and once lower-cased
 * for matching (about 100 bytes a customer measured at scale 1 and 10, against ~140 for two Strings alone), so
 * a million customers cost about 100 MB. Immutable and thread-safe; a search
 * is one pass over the blob, cheap enough for the JavaFX thread at the scales the app generates.
 */
public final class CustomerDirectory {

    private final long[] ids;
    private final byte[] text;
    private final int[] nameStart;
    private final int[] emailStart;
    private final byte[] folded;
    private final int[] foldedStart;
    private final String[] countryNames;
    private final short[] country;

    private CustomerDirectory(long[] ids, byte[] text, int[] nameStart, int[] emailStart, byte[] folded, int[] foldedStart,
                              String[] countryNames, short[] country) {
        this.ids = ids;
        this.text = text;
        this.nameStart = nameStart;
        this.emailStart = emailStart;
        this.folded = folded;
        this.foldedStart = foldedStart;
        this.countryNames = countryNames;
        this.country = country;
    }

    /** The directory of {@code customers} (any order; ids must be distinct). Null names, emails or countries read as empty. */
    public static CustomerDirectory of(List<CustomerHit> customers) {
        CustomerHit[] sorted = customers.toArray(CustomerHit[]::new);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.customerId(), b.customerId()));
        int n = sorted.length;
        long[] ids = new long[n];
        int[] nameStart = new int[n + 1];
        int[] emailStart = new int[n];
        int[] foldedStart = new int[n + 1];
        short[] country = new short[n];
        List<String> countries = new ArrayList<>();
        java.util.Map<String, Short> countryIndex = new java.util.HashMap<>();
        java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream(n * 48);
        java.io.ByteArrayOutputStream foldedBlob = new java.io.ByteArrayOutputStream(n * 48);
        for (int i = 0; i < n; i++) {
            CustomerHit c = sorted[i];
            if (i > 0 && ids[i - 1] == c.customerId()) {
                throw new IllegalArgumentException("Customer id " + c.customerId() + " appears twice in the customers table");
            }
            ids[i] = c.customerId();
            String name = orEmpty(c.name());
            String email = orEmpty(c.email());
            nameStart[i] = blob.size();
            blob.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            emailStart[i] = blob.size();
            blob.writeBytes(email.getBytes(StandardCharsets.UTF_8));
            foldedStart[i] = foldedBlob.size();
            foldedBlob.writeBytes((name + "\n" + email).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            String place = orEmpty(c.country());
            Short index = countryIndex.get(place);
            if (index == null) {
                if (countries.size() == Short.MAX_VALUE) {
                    throw new IllegalArgumentException("More than " + Short.MAX_VALUE + " distinct countries in the customers table");
                }
                index = (short) countries.size();
                countries.add(place);
                countryIndex.put(place, index);
            }
            country[i] = index;
        }
        nameStart[n] = blob.size();
        foldedStart[n] = foldedBlob.size();
        return new CustomerDirectory(ids, blob.toByteArray(), nameStart, emailStart, foldedBlob.toByteArray(), foldedStart,
                countries.toArray(String[]::new), country);
    }

    /**
     * Up to {@code limit} customers matching {@code text}: the customer whose id it is, then ids starting with
     * it, then names starting with it, then names or emails containing it (case-insensitive); ids ascending
     * within each group.
     */
    public List<CustomerHit> search(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<CustomerHit> hits = new ArrayList<>(limit);
        boolean digits = query.chars().allMatch(Character::isDigit) && query.length() <= 18;
        if (digits) {
            addIdPrefixMatches(Long.parseLong(query), query.length(), hits, limit);
        }
        if (hits.size() < limit) {
            addTextMatches(query.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8), hits, limit);
        }
        return hits;
    }

    public Optional<CustomerHit> byId(long customerId) {
        int i = Arrays.binarySearch(ids, customerId);
        return i < 0 ? Optional.empty() : Optional.of(hit(i));
    }

    /** The customer's country, or empty when the id is unknown or the country blank. */
    public Optional<String> countryOf(long customerId) {
        int i = Arrays.binarySearch(ids, customerId);
        return i < 0 || countryNames[country[i]].isEmpty() ? Optional.empty() : Optional.of(countryNames[country[i]]);
    }

    public int size() {
        return ids.length;
    }

    private void addIdPrefixMatches(long prefix, int prefixDigits, List<CustomerHit> hits, int limit) {
        // Ids starting with the digits form one contiguous range per id length: 12, 120..129, 1200..1299, ...
        long low = prefix;
        long high = prefix;
        for (int length = prefixDigits; length <= 18 && hits.size() < limit; length++) {
            int from = lowerBound(low);
            for (int i = from; i < ids.length && ids[i] <= high && hits.size() < limit; i++) {
                hits.add(hit(i));
            }
            if (low > Long.MAX_VALUE / 10) {
                break;
            }
            low = low * 10;
            high = high * 10 + 9;
        }
    }

    private void addTextMatches(byte[] needle, List<CustomerHit> hits, int limit) {
        List<Integer> containing = new ArrayList<>();
        for (int i = 0; i < ids.length && hits.size() < limit; i++) {
            int at = indexOf(folded, foldedStart[i], foldedStart[i + 1], needle);
            if (at == foldedStart[i]) {
                addUnlessPresent(hits, i);
            } else if (at >= 0 && containing.size() < limit) {
                containing.add(i);
            }
        }
        for (int i = 0; i < containing.size() && hits.size() < limit; i++) {
            addUnlessPresent(hits, containing.get(i));
        }
    }

    private void addUnlessPresent(List<CustomerHit> hits, int index) {
        for (CustomerHit h : hits) {
            if (h.customerId() == ids[index]) {
                return;
            }
        }
        hits.add(hit(index));
    }

    private static int indexOf(byte[] haystack, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private int lowerBound(long id) {
        int i = Arrays.binarySearch(ids, id);
        return i >= 0 ? i : -i - 1;
    }

    private CustomerHit hit(int i) {
        String name = new String(text, nameStart[i], emailStart[i] - nameStart[i], StandardCharsets.UTF_8);
        String email = new String(text, emailStart[i], nameStart[i + 1] - emailStart[i], StandardCharsets.UTF_8);
        return new CustomerHit(ids[i], name, email, countryNames[country[i]]);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
