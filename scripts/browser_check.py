#!/usr/bin/env python3
"""Drives the tagging page as a recruiter would, in Debian's headless Chromium (through
Playwright, pointed at the system browser so nothing is downloaded): loads the page, pastes a
requisition, submits it, corrects the role and a skill, saves, and checks the tag is listed as
corrected. Screenshots go to OUT_DIR. Usage: browser_check.py BASE_URL SAMPLE_FILE OUT_DIR"""
import json
import sys
import urllib.request

from playwright.sync_api import sync_playwright


def main():
    base, sample, out = sys.argv[1], sys.argv[2], sys.argv[3]
    text = open(sample, encoding="utf-8").read() + "\n<script>alert('not run')</script>"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1100, "height": 1400})
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base + "/")
        page.fill("#requisition", text)
        page.click("text=Tag it")
        page.wait_for_selector("text=Accept or correct")
        page.screenshot(path=f"{out}/page-result.png", full_page=True)
        role = page.inner_text(".role")
        assert "IAM Engineer" in role, role
        assert page.locator("mark").count() > 0, "no evidence highlighted"
        page.select_option("select[name=role]", "iam-architect")
        page.uncheck("input[name='keep[]'][value='sailpoint']")
        page.click("button:has-text('Save')")
        page.wait_for_selector(".banner")
        page.screenshot(path=f"{out}/page-saved.png", full_page=True)
        banner = page.inner_text(".banner")
        assert "corrected" in banner, banner
        assert "corrected" in page.inner_text("table.list"), "the tag is not listed as corrected"
        assert not dialogs, f"a script from the requisition ran: {dialogs}"
        browser.close()
    tags = json.load(urllib.request.urlopen(base + "/v1/tags"))["tags"]
    saved = tags[-1]
    assert saved["role"] == "iam-architect" and saved["status"] == "corrected" and "sailpoint" in saved["skillsRemoved"], saved
    print(f"browser check passed: role shown {role.split()[0:3]}, saved as {saved['role']} ({saved['status']}), "
          f"removed {saved['skillsRemoved']}; screenshots in {out}")


if __name__ == "__main__":
    main()
