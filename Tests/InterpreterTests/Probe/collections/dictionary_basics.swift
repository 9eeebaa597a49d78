var ages: [String: Int] = ["ann": 31, "bob": 25]
ages["cid"] = 40
ages["bob"] = 26
print(ages.count)
print(ages["ann"]!, ages["zed"] ?? -1)
ages["ann"] = nil
print(ages.keys.sorted())
print(ages.values.sorted())
