import { describe, expect, it } from "vitest";
import { type Access, can, type Role, roleOf } from "./roles";

describe("can", () => {
  it.each<[Role, Access, boolean]>([
    ["viewer", "read", true],
    ["viewer", "label", false],
    ["viewer", "admin", false],
    ["annotator", "read", true],
    ["annotator", "label", true],
    ["annotator", "admin", false],
    ["admin", "read", true],
    ["admin", "label", true],
    ["admin", "admin", true],
  ])("%s may %s → %s", (role, access, expected) => {
    expect(can(role, access)).toBe(expected);
  });
});

describe("roleOf", () => {
  it("keeps known roles and demotes anything else to viewer", () => {
    expect(roleOf("admin")).toBe("admin");
    expect(roleOf("annotator")).toBe("annotator");
    expect(roleOf("user")).toBe("viewer");
    expect(roleOf(null)).toBe("viewer");
    expect(roleOf("Admin")).toBe("viewer");
  });
});
