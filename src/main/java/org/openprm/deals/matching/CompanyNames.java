package org.openprm.deals.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Normalises company names: accents, case, punctuation, legal forms of many countries (Inc, GmbH,
 * N.V., "N V", S.p.A., A/S...), stop words and common abbreviations (intl, mfg...).
 */
public final class CompanyNames {

	/** Descriptive words count this much against a distinctive word's 1. */
	static final double GENERIC_WEIGHT = 0.3;

	private static final int MIN_ABBREVIATION = 4;
	private static final int MIN_MISSPELT = 6;
	private static final double MISSPELT_MIN = 0.92;
	private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
	private static final Pattern AMPERSAND_IN_WORD = Pattern.compile("(?<=[\\p{L}\\p{N}])&(?=[\\p{L}\\p{N}])");
	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Set<String> LEGAL_FORMS = WordList.set("legal-forms.txt");
	private static final Set<String> STOP_WORDS = WordList.set("stop-words.txt");
	private static final Map<String, String> ABBREVIATIONS = WordList.map("abbreviations.txt");
	private static final Set<String> GENERIC_WORDS = WordList.set("generic-words.txt");
	private static final Set<String> GENERIC_PREFIXES = prefixes(GENERIC_WORDS);
	private static final Map<Character, List<String>> GENERIC_WORDS_BY_FIRST_LETTER = GENERIC_WORDS.stream()
		.collect(Collectors.groupingBy(word -> word.charAt(0)));

	private CompanyNames() {
	}

	public static CompanyName normalise(String name) {
		List<String> words = joinSingleLetters(words(name));
		List<String> tokens = new ArrayList<>(words.size());
		for (String word : words) {
			String token = ABBREVIATIONS.getOrDefault(word, word);
			if (!LEGAL_FORMS.contains(token) && !STOP_WORDS.contains(token) && token.length() > 1) {
				tokens.add(token);
			}
		}
		// A name made only of such words ("The Company Ltd") is kept as it is rather than lost.
		return of(tokens.isEmpty() ? words : tokens);
	}

	/**
	 * How much a word counts when names are compared: descriptive words ("international", "systems",
	 * countries) count less, and so do their abbreviations of four letters or more ("internat") and their
	 * misspellings ("electonics").
	 */
	static double weight(String token) {
		return isGeneric(token) ? GENERIC_WEIGHT : 1.0;
	}

	static boolean isGeneric(String token) {
		return GENERIC_PREFIXES.contains(token) || isMisspeltGenericWord(token);
	}

	/** Only words with the same first letter are compared: misspellings rarely change it, and it is fast. */
	private static boolean isMisspeltGenericWord(String token) {
		if (token.length() < MIN_MISSPELT) {
			return false;
		}
		for (String word : GENERIC_WORDS_BY_FIRST_LETTER.getOrDefault(token.charAt(0), List.of())) {
			if (Math.abs(word.length() - token.length()) <= 2 && JaroWinkler.similarity(token, word) >= MISSPELT_MIN) {
				return true;
			}
		}
		return false;
	}

	private static CompanyName of(List<String> tokens) {
		if (tokens.isEmpty()) {
			return CompanyName.EMPTY;
		}
		double[] weights = new double[tokens.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = weight(tokens.get(i));
		}
		return new CompanyName(List.copyOf(tokens), weights);
	}

	private static List<String> words(String name) {
		String text = Text.fold(name);
		text = APOSTROPHES.matcher(text).replaceAll("");
		text = AMPERSAND_IN_WORD.matcher(text).replaceAll("");
		text = NOT_ALPHANUMERIC.matcher(text).replaceAll(" ").strip();
		return text.isEmpty() ? List.of() : List.of(text.split(" "));
	}

	/** "n v" and "a s" (from "N.V.", "A/S") become "nv" and "as", "i b m" becomes "ibm". */
	private static List<String> joinSingleLetters(List<String> words) {
		List<String> joined = new ArrayList<>(words.size());
		StringBuilder run = new StringBuilder();
		for (String word : words) {
			if (word.length() == 1) {
				run.append(word);
				continue;
			}
			flush(run, joined);
			joined.add(word);
		}
		flush(run, joined);
		return joined;
	}

	private static void flush(StringBuilder run, List<String> joined) {
		if (!run.isEmpty()) {
			joined.add(run.toString());
			run.setLength(0);
		}
	}

	private static Set<String> prefixes(Set<String> words) {
		Set<String> prefixes = new HashSet<>();
		for (String word : words) {
			prefixes.add(word);
			for (int length = MIN_ABBREVIATION; length < word.length(); length++) {
				prefixes.add(word.substring(0, length));
			}
		}
		return Set.copyOf(prefixes);
	}
}
