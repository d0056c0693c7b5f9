package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainsTests {

	@Test
	void foldsWebsitesToTheRegistrableDomain() {
		assertThat(Domains.registrableDomain("https://www.Globex.com/about?x=1")).contains("globex.com");
		assertThat(Domains.registrableDomain("shop.eu.globex.com")).contains("globex.com");
		assertThat(Domains.registrableDomain("http://globex.com:8080")).contains("globex.com");
		assertThat(Domains.registrableDomain("globex.com.")).contains("globex.com");
	}

	@Test
	void keepsTheCompanyLabelBelowMultiLabelPublicSuffixes() {
		assertThat(Domains.registrableDomain("www.globex.co.uk")).contains("globex.co.uk");
		assertThat(Domains.registrableDomain("mail.initech.com.au")).contains("initech.com.au");
		assertThat(Domains.registrableDomain("https://jp.umbrella.co.jp/")).contains("umbrella.co.jp");
		assertThat(Domains.registrableDomain("www.bbc.uk")).contains("bbc.uk");
	}

	@Test
	void takesTheDomainOfAnEmailAddress() {
		assertThat(Domains.registrableDomain("Jane.Doe@Sales.Globex.com")).contains("globex.com");
	}

	@Test
	void ignoresWhatIsNotADomain() {
		assertThat(Domains.registrableDomain("Globex Corporation")).isEmpty();
		assertThat(Domains.registrableDomain("localhost")).isEmpty();
		assertThat(Domains.registrableDomain("")).isEmpty();
		assertThat(Domains.registrableDomain(null)).isEmpty();
	}

	@Test
	void recognisesFreeWebmailUnderAnyTopLevelDomain() {
		assertThat(Domains.isWebmail("gmail.com")).isTrue();
		assertThat(Domains.isWebmail("web.de")).isTrue();
		assertThat(Domains.isWebmail(Domains.registrableDomain("jane@hotmail.co.uk").orElseThrow())).isTrue();
		assertThat(Domains.isWebmail("yahoo.fr")).isTrue();
		assertThat(Domains.isWebmail("gmx.net")).isTrue();
		assertThat(Domains.isWebmail("globex.com")).isFalse();
		assertThat(Domains.isWebmail("gmailer.com")).isFalse();
	}
}
