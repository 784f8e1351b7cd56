/// JUnit XML for CI test reports (GitHub test-report actions, GitLab `artifacts:reports:junit`,
/// Jenkins `junit`): one `<testsuite name="ifeval-gate">`, one `<testcase>` per check
/// (rule × metric), a `<failure>` for each failed check, the accuracies as properties.
public enum GateJUnit {
    public static let suiteName = "ifeval-gate"

    public static func render(_ result: GateResult) -> String {
        let failures = result.failures.count
        var properties: [(String, String)] = [
            ("baseline", result.baseline.path),
            ("baseline_model", result.baseline.model),
            ("candidate", result.candidate.path),
            ("candidate_model", result.candidate.model),
            ("rules", GateReport.rulesSentence(result.rules)),
        ]
        switch result.basis {
        case let .sharedPrompts(shared, onlyBaseline, onlyCandidate):
            properties += [("basis", "shared prompts"), ("shared_prompts", String(shared)),
                           ("prompts_only_in_baseline", String(onlyBaseline)), ("prompts_only_in_candidate", String(onlyCandidate))]
        case .summaries:
            properties.append(("basis", "summary.json"))
        }
        for comparison in result.metrics {
            let name = comparison.metric.name
            properties += [("baseline.\(name)", PythonFloat.repr(comparison.baselineAccuracy)),
                           ("candidate.\(name)", PythonFloat.repr(comparison.candidateAccuracy)),
                           ("delta.\(name)", PythonFloat.repr(-comparison.drop))]
            if let paired = comparison.paired {
                properties += [("regressed.\(name)", String(paired.regressed)), ("improved.\(name)", String(paired.improved)),
                               (paired.isClustered ? "bootstrap_p.\(name)" : "mcnemar_p.\(name)", PythonFloat.repr(paired.pValue))]
            }
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(suiteName)\" tests=\"\(result.checks.count)\" failures=\"\(failures)\" errors=\"0\">\n"
        xml += "  <testsuite name=\"\(suiteName)\" tests=\"\(result.checks.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
        xml += "    <properties>\n"
        for (name, value) in properties {
            xml += "      <property name=\"\(escape(name))\" value=\"\(escape(value))\"/>\n"
        }
        xml += "    </properties>\n"
        for check in result.checks {
            let classname = suiteName + "." + (check.metric?.name ?? "instruction_ids")
            xml += "    <testcase classname=\"\(escape(classname))\" name=\"\(escape(check.name))\" time=\"0\">\n"
            if !check.passed {
                xml += "      <failure message=\"\(escape(check.message))\" type=\"regression\">\(escape(failureBody(check, result)))</failure>\n"
            }
            xml += "      <system-out>\(escape(check.message))</system-out>\n"
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    static func failureBody(_ check: GateCheck, _ result: GateResult) -> String {
        var body = check.message + "\n" + GateReport.basisSentence(result)
        if check.rule == .maxInstructionDrop {
            let listed = result.instructionRegressions.map(GateFormat.instructionDrop)
            if !listed.isEmpty { body += "\nInstruction ids whose strict accuracy dropped:\n" + listed.joined(separator: "\n") }
        }
        return body
    }

    /// Escapes text for XML 1.0 attributes and content. Characters XML 1.0 cannot hold
    /// (most C0 controls, lone surrogates cannot occur in Swift strings) become U+FFFD;
    /// tab and line ends in attributes become character references so they survive
    /// attribute-value normalisation.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                let allowed = v >= 0x20 && !(0xFFFE...0xFFFF).contains(v)
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
