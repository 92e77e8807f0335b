import type { Page } from "@playwright/test";
import type { StoryKey } from "../db/seed-data";
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, test } from "./fixtures";

// This spec's runners (e2e/runner-allotment.ts): a change of category by Sofia (desktop) or Tomás (phone),
// Hannah's extension and Marco's deferral; every request made here is withdrawn at the end.
const CHANGES: Record<string, { story: StoryKey; from: string; to: string }> = {
  desktop: { story: "exact", from: "UTMB", to: "CCC" },
  phone: { story: "score", from: "CCC", to: "UTMB" },
};

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const EXE = Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00This program cannot be run in DOS mode.\r\n");

async function openRequests(page: Page) {
  await page.goto("/requests");
  await expect(page.getByRole("heading", { level: 1, name: "My requests" })).toBeVisible();
}

/** Tolerates a request left open by an earlier run against the same server: withdraw it first. */
async function withdrawOpenRequest(page: Page, cardTitle: string) {
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: cardTitle }) });
  const open = card.getByRole("link", { name: /See request #/ });
  if ((await open.count()) === 0) return;
  await open.click();
  await page.getByRole("button", { name: "Withdraw this request" }).click();
  await page.getByRole("button", { name: "Yes, withdraw this request" }).click();
  await expect(page.getByText("Your request was withdrawn.")).toBeVisible();
  await page.goto("/requests");
}

test("a runner asks for a change of category with a document, follows it, comments and withdraws it", async ({ pageAs, ownRunner, request }, testInfo) => {
  const who = CHANGES[testInfo.project.name] ?? CHANGES.desktop!;
  const page = await pageAs(ownRunner(who.story).story);
  await openRequests(page);
  await withdrawOpenRequest(page, "Change of category");
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Ask for a change of category" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ask for a change of category" })).toBeVisible();

  // A reason that is too short is explained beside the field.
  await page.getByRole("radio", { name: `${who.to} instead of ${who.from}` }).check();
  await page.getByLabel("Why are you asking for this change?").fill("Too short");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page.getByText("Explain your request in at least 20 characters")).toBeVisible();
  await expect(page.getByLabel("Why are you asking for this change?")).toHaveAttribute("aria-invalid", "true");

  const reason = `I trained all season for the ${who.to} distance and would like to race it at the Finals.`;
  await page.getByRole("radio", { name: `${who.to} instead of ${who.from}` }).check();
  await page.getByLabel("Why are you asking for this change?").fill(reason);
  await page.getByLabel("Supporting documents").setInputFiles({ name: "coach-letter.pdf", mimeType: "application/pdf", buffer: PDF });
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send my request" }).click();

  // The new request's page: status, reason, document and history.
  await expect(page).toHaveURL(/\/requests\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Change of category · ${who.from} → ${who.to}` })).toBeVisible();
  await expect(page.getByText("Status: Submitted")).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  const download = page.getByRole("link", { name: "Download coach-letter.pdf" });
  await expect(download).toBeVisible();
  await expect(page.getByText("Submitted the request")).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  // The owner downloads the document; a visitor without the session gets a 404.
  const href = await download.getAttribute("href");
  expect(href).toMatch(/^\/requests\/documents\/\d+$/);
  const own = await page.request.get(href ?? "");
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");
  expect(own.headers()["content-disposition"]).toContain("attachment");
  expect((await own.body()).equals(PDF)).toBe(true);
  const anonymous = await request.get(href ?? "", { maxRedirects: 0 });
  expect([302, 307, 404]).toContain(anonymous.status());

  // A comment joins the history.
  await page.getByLabel("Your comment").fill("My coach's letter is attached.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByText("Your comment was added to the request's history.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Commented" }).getByText("My coach's letter is attached.")).toBeVisible();

  // An executable renamed .pdf is refused with a clear message, and nothing is added.
  await page.getByLabel("Documents to add").setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: EXE });
  await page.getByRole("button", { name: "Add documents" }).click();
  await expect(page.getByText("invoice.pdf is not a PDF, JPEG or PNG file.")).toBeVisible();
  await expect(page.getByLabel("Documents to add")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("link", { name: "Download invoice.pdf" })).toHaveCount(0);

  // A file over 10 MB reaches the server (body limits allow 5 x 10 MB) and is refused by name.
  const big = Buffer.alloc(10 * 1024 * 1024 + 1);
  PNG_SIGNATURE.copy(big);
  await page.getByLabel("Documents to add").setInputFiles({ name: "scan.png", mimeType: "image/png", buffer: big });
  await page.getByRole("button", { name: "Add documents" }).click();
  await expect(page.getByText("scan.png is larger than 10 MB.")).toBeVisible();

  // The request is listed on /requests.
  const url = page.url();
  const id = url.split("/").pop();
  await page.getByRole("link", { name: "← My requests" }).click();
  await expect(page.getByRole("link", { name: `Change of category · ${who.from} → ${who.to} · 2027 Finals` }).first()).toBeVisible();
  await expect(page.getByText(`Request #${id},`)).toBeVisible();

  // Withdrawn until a decision: the request closes and the runner may ask again.
  await page.goto(url);
  await page.getByRole("button", { name: "Withdraw this request" }).click();
  await page.getByRole("button", { name: "Yes, withdraw this request" }).click();
  await expect(page.getByText("Your request was withdrawn.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Status: Withdrawn")).toBeVisible();
  await expect(page.getByText("Withdrew the request")).toBeVisible();
  await expect(page.getByRole("button", { name: "Withdraw this request" })).toHaveCount(0);
});

// Both injury requests on both projects: Hannah applies for an extension, Marco for a priority deferral.
const INJURED = [
  { story: "extension", kind: "extension" },
  { story: "age_group", kind: "deferral" },
] as const;

for (const injured of INJURED) {
  test(`an injured runner applies for a ${injured.kind} with a medical document; a renamed executable is refused first`, async ({ pageAs, ownRunner }) => {
    const page = await pageAs(ownRunner(injured.story).story);
    await openRequests(page);
    const isExtension = injured.kind === "extension";
    const cardTitle = isExtension ? "Qualification extension" : "Priority deferral";
    await withdrawOpenRequest(page, cardTitle);

    await page.getByRole("link", { name: isExtension ? "Ask for a qualification extension" : "Ask for a priority deferral" }).click();
    if (isExtension) {
      await expect(page.getByRole("heading", { level: 1, name: "Apply for a qualification extension" })).toBeVisible();
      // Explained before submitting: the deadline and the window closing June 30, for the upcoming Finals only.
      await expect(page.getByText("30 Nov 2026")).toBeVisible();
      await expect(page.getByText("30 Jun 2027")).toBeVisible();
      await expect(page.getByText(/counts only for the 2027 Finals/)).toBeVisible();
      await page.getByRole("radio", { name: "CCC" }).check();
      await page.getByLabel("What kept you from qualifying?").fill("A stress fracture in February kept me out of racing all of 2026.");
    } else {
      await expect(page.getByRole("heading", { level: 1, name: "Ask for a priority deferral" })).toBeVisible();
      // Explained before submitting: cancel and register again, refunds per the cancellation insurance.
      await expect(page.getByText(/You must cancel your 2027 registration yourself and register again next year/)).toBeVisible();
      await expect(page.getByText(/cancellation insurance only/)).toBeVisible();
      await page.getByLabel("What happened?").fill("I tore a ligament in my knee in a training fall in November.");
      // The confirmation is required.
      await page.getByLabel("Medical certificate or other documents").setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: PDF });
      await page.getByRole("button", { name: "Send my request" }).click();
      await expect(page.getByText("Confirm that you will cancel this year's registration and register again next year")).toBeVisible();
      await page.getByLabel(/I understand that a deferral moves my priority only/).check();
    }
    await expectNoHorizontalOverflow(page);

    const submit = page.getByRole("button", { name: isExtension ? "Send my application" : "Send my request" });
    const documents = page.getByLabel("Medical certificate or other documents");
    await documents.setInputFiles({ name: "x.pdf", mimeType: "application/pdf", buffer: EXE });
    await submit.click();
    await expect(page.getByText("x.pdf is not a PDF, JPEG or PNG file.")).toBeVisible();
    await expect(documents).toHaveAttribute("aria-invalid", "true");

    await documents.setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: PDF });
    if (!isExtension) {
      const confirm = page.getByLabel(/I understand that a deferral moves my priority only/);
      if (!(await confirm.isChecked())) await confirm.check();
    }
    await submit.click();
    await expect(page).toHaveURL(/\/requests\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: isExtension ? "Qualification extension · CCC" : "Priority deferral · UTMB" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download certificate.pdf" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download x.pdf" })).toHaveCount(0);
    await expectNoHorizontalOverflow(page);

    await page.getByLabel("Your comment").fill("I can send the MRI report if needed.");
    await page.getByRole("button", { name: "Add comment" }).click();
    await expect(page.getByText("Your comment was added to the request's history.")).toBeVisible();

    await page.getByRole("banner").getByRole("link", { name: "My requests" }).click();
    await expect(page.getByRole("link", { name: new RegExp(`^${cardTitle}`) }).first()).toBeVisible();
    // One open request per type: the card now points to it instead of offering a new one.
    await expect(
      page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: cardTitle }) }).getByRole("link", { name: /See request #/ }),
    ).toBeVisible();
    // Leave no open request behind for other specs sharing this server.
    await withdrawOpenRequest(page, cardTitle);
  });
}
