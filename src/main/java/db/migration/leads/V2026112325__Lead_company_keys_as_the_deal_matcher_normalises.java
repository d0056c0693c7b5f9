package db.migration.leads;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.openprm.deals.CustomerNames;

/**
 * Files existing leads under the company key the intake now uses (the deal matcher's normalised name), so
 * that a new lead for "Globex Corporation" finds the open lead of "Globex Corp." received before.
 */
public class V2026112325__Lead_company_keys_as_the_deal_matcher_normalises extends BaseJavaMigration {

	private static final int BATCH = 1000;

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement read = context.getConnection().createStatement();
				ResultSet leads = read.executeQuery("SELECT id, company FROM leads");
				PreparedStatement update = context.getConnection()
					.prepareStatement("UPDATE leads SET company_key = ? WHERE id = ?")) {
			int pending = 0;
			while (leads.next()) {
				update.setString(1, CustomerNames.key(leads.getString(2)));
				update.setObject(2, leads.getObject(1));
				update.addBatch();
				if (++pending == BATCH) {
					update.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				update.executeBatch();
			}
		}
	}
}
