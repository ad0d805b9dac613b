import { describe, expect, it } from "vitest";
import { pickUsernames, USERNAME_MAX_LENGTH, USERNAME_PATTERN, usernameBaseFromName } from "@/lib/classes/username";

describe("usernameBaseFromName", () => {
  it.each([
    ["Amina Khan", "amina.khan"],
    ["  José   Ñúñez ", "jose.nunez"],
    ["Seán O'Brien", "sean.obrien"],
    ["Mary-Jane Watson", "mary.jane.watson"],
    ["李雷", "student"],
    ["!!!", "student"],
    ["Zoë 2nd", "zoe.2nd"],
  ])("%j → %j", (name, expected) => {
    expect(usernameBaseFromName(name)).toBe(expected);
  });

  it("keeps usernames short and within the allowed characters", () => {
    const base = usernameBaseFromName("A Very Long Name With Many Many Words In It Indeed Yes");
    expect(base.length).toBeLessThanOrEqual(30);
    expect(base).toMatch(USERNAME_PATTERN);
    expect(base.endsWith(".")).toBe(false);
  });
});

describe("pickUsernames", () => {
  it("adds a number when the username is taken", () => {
    expect(pickUsernames(["Amina Khan"], ["amina.khan"])).toEqual(["amina.khan2"]);
    expect(pickUsernames(["Amina Khan"], ["amina.khan", "amina.khan2"])).toEqual(["amina.khan3"]);
  });

  it("gives two pupils with the same name different usernames", () => {
    expect(pickUsernames(["Amina Khan", "Amina Khan", "Omar Ali"], [])).toEqual(["amina.khan", "amina.khan2", "omar.ali"]);
  });

  it("only avoids exact matches: a longer username that starts the same is no clash", () => {
    expect(pickUsernames(["Amina Khan"], ["amina.khanum"])).toEqual(["amina.khan"]);
  });

  it("stays within the allowed characters and length", () => {
    const [name] = pickUsernames(["A Very Long Name With Many Many Words In It Indeed"], []);
    expect(name).toMatch(USERNAME_PATTERN);
    expect(name!.length).toBeLessThanOrEqual(USERNAME_MAX_LENGTH);
  });
});
