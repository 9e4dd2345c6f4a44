package dev.interopatlas.indexer.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders tag names as versions: digit runs compare as numbers (v6.2 &lt; v6.10) and a name that continues with a
 * {@code -} suffix sorts before the bare name (v6.12-rc1 &lt; v6.12 &lt; v6.12.1).
 */
public final class VersionOrder implements Comparator<String> {
    public static final VersionOrder INSTANCE = new VersionOrder();

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        List<String> left = tokens(a);
        List<String> right = tokens(b);
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            int c = compareToken(left.get(i), right.get(i));
            if (c != 0) {
                return c;
            }
        }
        if (left.size() == right.size()) {
            return a.compareTo(b);
        }
        // One name is a prefix of the other: a "-rcN" style suffix is a pre-release, anything else comes after.
        boolean leftLonger = left.size() > right.size();
        String next = (leftLonger ? left : right).get(common);
        int longerSign = next.startsWith("-") ? -1 : 1;
        return leftLonger ? longerSign : -longerSign;
    }

    private static int compareToken(String x, String y) {
        boolean xDigits = Character.isDigit(x.charAt(0));
        boolean yDigits = Character.isDigit(y.charAt(0));
        if (xDigits && yDigits) {
            String xs = stripZeros(x);
            String ys = stripZeros(y);
            return xs.length() != ys.length() ? Integer.compare(xs.length(), ys.length()) : xs.compareTo(ys);
        }
        if (xDigits != yDigits) {
            return xDigits ? -1 : 1;
        }
        return x.compareTo(y);
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= name.length(); i++) {
            if (i == name.length()
                    || Character.isDigit(name.charAt(i)) != Character.isDigit(name.charAt(i - 1))) {
                tokens.add(name.substring(start, i));
                start = i;
            }
        }
        return tokens;
    }
}
