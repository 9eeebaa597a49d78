let multi = """
  line one
    indented
  last \(1 + 1)
  """
print(multi)
print(multi.split(separator: "\n").count, #"raw \n \(x)"#)
let esc = "tab\there\\ \"q\" \u{41}"
print(esc)
