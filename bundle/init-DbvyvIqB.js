import { x as ConfigError } from "./formats-CReMsX8I.js";
import { t as CONFIG_FILES } from "./load-Bt1-rr4S.js";
import { t as writeFileAtomic } from "./write-CIZiRcwV.js";
import { join } from "node:path";
import { existsSync } from "node:fs";
// dist/src/cli/init.js
/** speclint --init: a starter config with every choice explained. */
const STARTER = `# speclint configuration. Every key is optional.
# Rules and what they check: npx speclint --list-rules
extends: [speclint:recommended]     # or speclint:strict, speclint:all

rules:
  # Change a rule's severity (off, warn, error), or give it options:
  # no-vague-equity-statement: error
  # require-engagement-plan: [error, { requireNamedGroups: true }]

settings:
  focus: ethnicity                  # which inequality the phrase lists look for
  # lexicons:
  #   groups: { add: ["Chagossian"] }

# overrides:
#   - files: ["mental-health/**"]
#     rules: { require-ethnicity-outcome-indicators: [error, { requireTargets: true }] }

# ignores: ["archive/**"]
`;
function initConfig(cwd) {
	const existing = CONFIG_FILES.filter((f) => f !== "package.json").find((f) => existsSync(join(cwd, f)));
	if (existing) throw new ConfigError(`${existing} already exists here; speclint --init will not replace it.`);
	writeFileAtomic(join(cwd, ".speclintrc.yaml"), STARTER);
	return "Wrote .speclintrc.yaml with the recommended rules. Edit it to suit your organisation, then run speclint.\n";
}
export { initConfig };
