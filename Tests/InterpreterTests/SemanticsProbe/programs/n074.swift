import Foundation
var log: [String] = []
func t(_ s: String, _ v: Bool) -> Bool { log.append(s); return v }
if t("a", false) && t("b", true) { }
if t("c", true) || t("d", true) { }
let z = t("e", false) ? t("f", true) : t("g", false)
print(log, z)
var n: Int? = nil
let r = n ?? { log.append("default"); return 3 }()
print(r, log.last!)
