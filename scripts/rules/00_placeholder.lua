return { name = "placeholder" }
