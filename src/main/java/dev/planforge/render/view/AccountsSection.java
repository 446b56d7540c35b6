package dev.planforge.render.view;

import dev.planforge.model.Account;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column.Role;
import dev.planforge.render.doc.Inline;
import java.util.List;

/** 大客户计划: one plan per strategic account, each a subsection of its own. */
final class AccountsSection {

  private static final String ID = "accounts";

  private AccountsSection() {}

  static List<Block> blocks(List<Account> accounts, Ctx c) {
    Blocks blocks = new Blocks();
    for (int i = 0; i < accounts.size(); i++) {
      Account a = accounts.get(i);
      Blocks.Facts facts = new Blocks.Facts()
          .add(c.label("account_industry"), a.industry())
          .add(c.label("account_since"), a.since() == null ? null : String.valueOf(a.since()));
      if (a.contact() != null) {
        Account.Contact k = a.contact();
        facts.add(c.label("account_contact"), k.title() == null ? k.name() : k.name() + c.label("separator_comma") + k.title())
            .add(c.label("account_email"), k.email())
            .add(c.label("account_phone"), k.phone());
      }
      facts.add(c.label("account_review"), a.review());
      // One row (the account's lists side by side) under its header: kept whole, since a row never
      // splits and the header would otherwise be left alone at a page's foot.
      Block.Table needs = new TableBuilder("account-needs").keep().caption(c.label("caption_account_needs"))
          .optional(c.label("account_challenges"), Role.TEXT)
          .optional(c.label("account_goals"), Role.TEXT)
          .optional(c.label("account_requirements"), Role.TEXT)
          .row(Cell.items(a.challenges()), Cell.items(a.goals()), Cell.items(a.requirements()))
          .key("accounts", a.customer())
          .build();
      List<String> actions = c.names(a.actions(), c::task);
      Blocks account = new Blocks()
          .add(new Block.Heading(ID + "-" + (i + 1), 3, c.customer(a.customer()), List.of()))
          .add(facts.build())
          .labelled(c.label("account_history"), new Blocks().rich(c, "accounts[" + a.customer() + "].history", a.history()))
          .labelled(c.label("account_value"), new Blocks().rich(c, "accounts[" + a.customer() + "].value_proposition", a.valueProposition()))
          .add(needs);
      if (!actions.isEmpty()) {
        account.paragraph(new Inline.Strong(c.label("account_actions")), new Inline.Text(c.label("colon") + c.joined(actions)));
      }
      blocks.group("account", account);
    }
    return blocks.list();
  }
}
