// A few runs of the built bundle as a child process, as the clerk would run it, in a
// temporary copy of the bundled data directory (the bundle is built by global-setup).
import { execFile, execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { BUNDLED_DATA, FIXTURES, ROOT, tempData } from "../helpers/run.js";

const exec = promisify(execFile);
const BIN = path.join(ROOT, "bin", "xieshang.js");
const tmp = tempData(BUNDLED_DATA);
afterAll(() => tmp.cleanup());

async function xieshang(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], {
      cwd: tmp.dir,
      env: {
        PATH: process.env.PATH ?? "",
        XIESHANG_TODAY: "2026-11-27",
        XIESHANG_LANG: "en",
        ...env,
      },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("the built bundle", () => {
  it("finds the data directory from the current folder and prints the dashboard", async () => {
    const res = await xieshang(["status"], { XIESHANG_LANG: "zh" });
    expect(res.code).toBe(0);
    // piped: tab-separated rows only
    expect(res.stdout.split("\n")[0]).toMatch(/^办公室\t/);
    expect(res.stdout).toContain("经济委员会\t");
  });

  it("validate --json reports no errors on the bundled data", async () => {
    const res = await xieshang(["validate", "--json"]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ ok: true, errors: 0 });
  });

  it("exits 2 on an unknown command, with no stack trace", async () => {
    const res = await xieshang(["frobnicate"]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("unknown command");
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 3 outside any data directory", async () => {
    const res = await xieshang(["validate", "--data", ROOT + "/src"]);
    expect(res.code).toBe(3);
  });
});

describe("two clerks at once", () => {
  it("two topic propose processes for the same committee get two distinct ids, both valid", async () => {
    const data = tempData(path.join(FIXTURES, "valid"));
    try {
      const propose = (title: string) =>
        exec(
          process.execPath,
          [
            BIN,
            "topic",
            "propose",
            "--committee",
            "jj",
            "--title",
            title,
            "--departments",
            "czj",
            "--source",
            "member",
            "--category",
            "resources",
            "--data",
            data.dir,
          ],
          {
            env: {
              PATH: process.env.PATH ?? "",
              XIESHANG_TODAY: "2027-01-05",
              XIESHANG_LANG: "en",
            },
          },
        );
      const [a, b] = await Promise.all([propose("甲"), propose("乙")]);
      const created = [a.stdout, b.stdout].sort();
      expect(created).toEqual([
        "created topics/2027/2027-jj-02.yaml\n",
        "created topics/2027/2027-jj-03.yaml\n",
      ]);
      expect(readdirSync(path.join(data.dir, "topics/2027")).sort()).toEqual([
        "2027-jj-01.yaml",
        "2027-jj-02.yaml",
        "2027-jj-03.yaml",
      ]);
      const v = await exec(process.execPath, [BIN, "validate", "--json", "--data", data.dir], {
        env: { PATH: process.env.PATH ?? "", XIESHANG_TODAY: "2027-12-31" },
      });
      expect(JSON.parse(v.stdout)).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      data.cleanup();
    }
  });
});

describe("every document through the bundle (its chunk, its native module)", () => {
  const out = (name: string) => path.join(tmp.dir, "..", `${path.basename(tmp.dir)}-${name}`);
  it.each([
    ["review 2026 docx", ["review", "2026", "--format", "docx"], "PK"],
    ["review 2026 html", ["review", "2026", "--format", "html"], "<!doctype html>"],
    ["plan 2026 docx", ["plan", "2026", "--format", "docx"], "PK"],
    ["plan 2026 xlsx", ["plan", "2026", "--format", "xlsx"], "PK"],
    ["report export", ["report", "export", "2026-nm-r01", "--format", "docx"], "PK"],
  ])("%s", async (name, args, head) => {
    const file = out(name.replaceAll(" ", "-"));
    afterAll(() => rmSync(file, { force: true }));
    const r = await xieshang([...args, "--out", file]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file).subarray(0, head.length).toString("latin1")).toBe(head);
  });
});

describe("templates through the bundle", () => {
  it("report draft renders the outcome report with the lazily loaded Handlebars", async () => {
    const data = tempData(path.join(FIXTURES, "valid"));
    try {
      const r = await exec(
        process.execPath,
        [BIN, "report", "draft", "2027-jj-01", "--data", data.dir],
        {
          env: { PATH: process.env.PATH ?? "", XIESHANG_TODAY: "2027-06-01", XIESHANG_LANG: "en" },
        },
      );
      expect(r.stdout).toBe(
        "created reports/2027/2027-jj-r02.yaml\ncreated reports/2027/2027-jj-r02.md\n",
      );
      expect(readFileSync(path.join(data.dir, "reports/2027/2027-jj-r02.md"), "utf8")).toContain(
        "# 关于优化营商环境的协商意见",
      );
    } finally {
      data.cleanup();
    }
  });
});

/**
 * The Node runtimes the shim is tried on: this one, and those XIESHANG_TEST_NODES names
 * (paths separated by ":"; .ci/run gives Node 22 and 24 from the npm registry,
 * scripts/other-nodes.sh), each with its major version.
 */
const NODES = [process.execPath, ...(process.env.XIESHANG_TEST_NODES ?? "").split(":")]
  .filter((n, i, all) => n && all.indexOf(n) === i)
  .map((bin) => {
    const version = execFileSync(bin, ["-p", "process.versions.node"], { encoding: "utf8" }).trim();
    return { bin, version, major: Number(version.split(".")[0]) };
  });

describe.each(NODES)(
  "the code cache of bin/xieshang.js on Node $version",
  ({ bin: node, major }) => {
    /** A copy of the shim and the bundle, to change the bundle without touching dist/. */
    function copyOfPackage() {
      const pkg = tempData();
      cpSync(path.join(ROOT, "bin"), path.join(pkg.dir, "bin"), { recursive: true });
      mkdirSync(path.join(pkg.dir, "dist"));
      copyFileSync(
        path.join(ROOT, "dist", "xieshang.cjs"),
        path.join(pkg.dir, "dist", "xieshang.cjs"),
      );
      return pkg;
    }
    // Node 22+ keeps its own compile cache where NODE_COMPILE_CACHE says; Node 20 V8's code
    // cache beside the bundle (docs/architecture.md "Start-up")
    const envOf = (dir: string) => ({
      PATH: process.env.PATH ?? "",
      XDG_CACHE_HOME: path.join(dir, "cache"),
      NODE_COMPILE_CACHE: path.join(dir, "compile-cache"),
    });
    const version = async (dir: string, args: string[] = []) =>
      // with another flag, so that the bundle answers (the shim says a bare --version itself)
      (
        await exec(
          node,
          [path.join(dir, "bin", "xieshang.js"), ...args, "--no-color", "--version"],
          {
            env: envOf(dir),
          },
        )
      ).stdout.trim();
    /** The files of the cache this Node keeps. */
    const caches = (dir: string): string[] =>
      major >= 22
        ? readdirSync(path.join(dir, "compile-cache"), { recursive: true })
            .map(String)
            .filter((n) => statSync(path.join(dir, "compile-cache", n)).isFile())
        : readdirSync(path.join(dir, "dist")).filter((n) => n.endsWith(".cache"));

    it("never runs the code of another bundle of the same length (a version bump)", async () => {
      const pkg = copyOfPackage();
      try {
        expect(await version(pkg.dir)).toBe("0.1.0");
        expect(caches(pkg.dir).length).toBeGreaterThan(0);
        const bundle = path.join(pkg.dir, "dist", "xieshang.cjs");
        const before = readFileSync(bundle, "utf8");
        const after = before.replaceAll('"0.1.0"', '"0.1.9"');
        expect(after.length).toBe(before.length);
        writeFileSync(bundle, after);
        expect(await version(pkg.dir)).toBe("0.1.9");
        if (major < 22) expect(caches(pkg.dir)).toHaveLength(1); // the old bundle's is gone
        expect(await version(pkg.dir)).toBe("0.1.9");
      } finally {
        pkg.cleanup();
      }
    });

    // V8's code cache only (Node 20): Node 22+ checks its compile cache itself
    if (major < 22)
      it("is taken again after a command that read record folders (which changes a V8 flag)", async () => {
        const pkg = copyOfPackage();
        try {
          const bin = path.join(pkg.dir, "bin", "xieshang.js");
          // the first run makes the cache: a validate, whose reading sets a flag of V8's
          await exec(node, [bin, "validate", "--data", path.join(FIXTURES, "valid")], {
            env: envOf(pkg.dir),
          });
          const [cache] = caches(pkg.dir);
          const made = statSync(path.join(pkg.dir, "dist", cache!));
          // a cache V8 refused would be made again and written anew: this one stays
          expect(await version(pkg.dir)).toBe("0.1.0");
          const after = statSync(path.join(pkg.dir, "dist", cache!));
          expect([after.ino, after.mtimeMs]).toEqual([made.ino, made.mtimeMs]);
        } finally {
          pkg.cleanup();
        }
      });

    it("runs a command on the bundled data", async () => {
      const out = await exec(
        node,
        [BIN, "--no-color", "validate", "--brief", "--data", BUNDLED_DATA],
        {
          env: { PATH: process.env.PATH ?? "", XIESHANG_LANG: "en" },
        },
      );
      expect(out.stdout + out.stderr).toMatch(/0 error/);
    });
  },
);

describe("xieshang --version", () => {
  it("is said by the shim without the bundle, as the bundle says it, from package.json", async () => {
    const bin = path.join(ROOT, "bin", "xieshang.js");
    const shim = (await exec(process.execPath, [bin, "--version"])).stdout;
    const bundle = (await exec(process.execPath, [bin, "--no-color", "--version"])).stdout;
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(shim).toBe(`${pkg.version}\n`);
    expect(bundle).toBe(shim);
    expect((await exec(process.execPath, [bin, "-V"])).stdout).toBe(shim);
  });
});

describe("xieshang on the PATH, as the README's set-up puts it", () => {
  it("npm install -g . gives a xieshang that works from cd 记录", async () => {
    const prefix = tempData();
    try {
      await exec(
        "npm",
        [
          "install",
          "-g",
          ROOT,
          "--prefix",
          prefix.dir,
          "--ignore-scripts",
          "--no-audit",
          "--no-fund",
        ],
        {
          env: { PATH: process.env.PATH ?? "", HOME: prefix.dir },
        },
      );
      const bin = path.join(prefix.dir, "bin");
      const records = path.join(prefix.dir, "记录");
      const env = {
        PATH: `${bin}:${process.env.PATH}`,
        XIESHANG_LANG: "zh",
        XIESHANG_TODAY: "2026-10-01",
        HOME: prefix.dir,
      };
      // a new machine: git does not know the clerk yet, the first commit fails and says what
      // to do; once told, init again makes it
      const first = await exec("xieshang", ["init", records], { env }).catch((e) => e);
      expect(first.code, first.stderr).toBe(3);
      expect(first.stderr).toContain("git config --global user.name");
      await exec("git", ["config", "--global", "user.name", "文员"], { env });
      await exec("git", ["config", "--global", "user.email", "clerk@example.org"], { env });
      const again = await exec("xieshang", ["init", records], { env });
      expect(again.stderr).toContain("首次提交");
      const propose = await exec(
        "xieshang",
        [
          "topic",
          "propose",
          "--committee",
          "jj",
          "--title",
          "关于测试的对口协商",
          "--departments",
          "发改委",
          "--source",
          "member",
          "--category",
          "policy",
        ],
        { env, cwd: records },
      );
      expect(propose.stdout).toContain("topics/2027/2027-jj-01.yaml");
      const status = await exec("xieshang", ["status"], { env, cwd: records });
      expect(status.stdout).toContain("经济委员会\t0/0/0/0/0");
    } finally {
      prefix.cleanup();
    }
  }, 60_000);
});

describe("a failed write to stdout", () => {
  it("department list > /dev/full: exit 3, one line, no stack trace", () => {
    const full = openSync("/dev/full", "w");
    const r = spawnSync(process.execPath, [BIN, "department", "list", "--data", BUNDLED_DATA], {
      stdio: ["ignore", full, "pipe"],
      env: { PATH: process.env.PATH, XIESHANG_LANG: "en" },
    });
    expect(r.status).toBe(3);
    expect(r.stderr.toString()).toBe("xieshang: cannot write to stdout: ENOSPC\n");
  });
});
