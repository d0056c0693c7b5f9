package org.openprm.deals.matching;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text to plain lower-case ASCII letters and digits, so "Société Générale" and "SOCIETE GENERALE"
 * compare equal.
 */
final class Text {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private Text() {
	}

	/** Lower-case, accents removed, letters that do not decompose (ß, æ, ø, ł...) spelled out. */
	static String fold(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
		String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("");
		return spellOut(plain.toLowerCase(Locale.ROOT));
	}

	/** NFKD leaves these letters alone, so they are replaced the way people type them without accents. */
	private static String spellOut(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case 'ß' -> out.append("ss");
				case 'æ' -> out.append("ae");
				case 'œ' -> out.append("oe");
				case 'ø' -> out.append('o');
				case 'ł' -> out.append('l');
				case 'đ', 'ð' -> out.append('d');
				case 'þ' -> out.append("th");
				case 'ı' -> out.append('i');
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
