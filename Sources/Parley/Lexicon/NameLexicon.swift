/// General knowledge about personal names: common East-Asian family names
/// (which come first in the name) and common given names.
enum NameLexicon {
    /// Korean, Chinese, Japanese and Vietnamese family names in their usual romanisations.
    static let eastAsianSurnames: Set<String> = Set("""
        Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Sin Kwon \
        Hwang Ahn An Song Yoo Yu Hong Jeon Jun Go Ko Moon Mun Yang Son Bae Baek Paik Heo Hur Nam Noh Roh Ha Kwak Sung \
        Ri Ryu Yoo Chae Won Cha Ju Woo Min Gu Koo Ra Jin Pyo Ban Uhm Eom \
        Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Han \
        Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Xi Qin \
        Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ngo Duong Ly
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Given names that in English-language news mostly belong to women: "she" looks for these first.
    static let femaleGivenNames: Set<String> = Set("""
        Nancy Hillary Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Betty Margaret \
        Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura \
        Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra \
        Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren \
        Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison \
        Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly \
        Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Allison Condoleezza Angela Theresa \
        Ursula Christine Kamala Nikki Ilhan Alexandria Elise Liz Loretta Jeanne Marine Giorgia Jacinda Sanna Mette \
        Kaja Annalena Yulia Svetlana Valentina Benazir Indira Sonia Priyanka Mamata Nirmala Smriti \
        Julia Penny Kristalina Gita Janet Samantha Nikki Linda Kristi Gretchen Kathy Kirsten Tammy Maxine Rashida \
        Ayanna Lisa Susan Dianne Amy Mazie Tina Jacky Debbie Claire Gwen Elena Kay Marsha Joni Cindy Shelley Lucy \
        Melania Ivanka Michelle Laura Barbara Jill Huma Kellyanne Sarah Omarosa Hope Stephanie Ava Megyn Rosie Gennifer
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map(String.init))

    /// Common given names across the languages news names people in.
    static let givenNames: Set<String> = Set("""
        John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark \
        Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary \
        Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick \
        Jack Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold Jeremy Ethan Carl \
        Keith Roger Gerald Christian Terry Sean Arthur Austin Noah Lawrence Jesse Joe Bryan Billy Jordan Albert Dylan \
        Bruce Willie Gabriel Alan Juan Logan Wayne Ralph Roy Eugene Randy Vincent Russell Louis Philip Bobby Johnny \
        Mike Joe Bill Bob Jim Tom Ted Rex Mitch Chuck Nancy Hillary Mary Patricia Jennifer Linda Elizabeth Barbara Susan \
        Jessica Sarah Karen Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa \
        Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen \
        Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce \
        Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria \
        Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn \
        Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Allison Condoleezza \
        Kenji Taro Shinzo Yoshihide Fumio Hiroshi Takeshi Akira Yuki Haruki Naoto Yukio Junichiro Koichi Toshimitsu \
        Vladimir Sergei Sergey Dmitry Dmitri Alexei Alexey Mikhail Boris Igor Ivan Nikolai Andrei Yuri Viktor Olga \
        Angela Emmanuel Francois Jacques Nicolas Pierre Jean Marine Olaf Gerhard Helmut Friedrich Wolfgang Heiko Annalena \
        Recep Ahmet Mevlut Hassan Hossein Mohammad Mohammed Muhammad Ali Ahmed Ahmad Abdullah Abdel Omar Khalid Mahmoud \
        Benjamin Yair Naftali Ehud Shimon Ariel Yitzhak Narendra Rahul Sonia Imran Nawaz Shehbaz Benazir Pervez \
        Xi Li Wang Hu Wen Jiang Deng Mao Zhou Kofi Ban Antonio Jens Federica Josep Ursula Charles Elizabeth Justin \
        Stephen Tony Gordon Theresa Boris Rishi Keir Liz Jacinda Scott Malcolm Kevin Julia Anthony Jair Luiz Nicolas \
        Hugo Evo Rafael Cristina Mauricio Alberto Andres Claudia Enrique Felipe Gustavo Volodymyr Petro Viktor Alexander
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Whether a run of tokens looks like an East-Asian name: a known family name followed by one or
    /// two capitalised given-name parts, at least one hyphenated ("Kang Kyung-wha") or both short ("Kim Jong Un").
    static func isEastAsianName(_ words: [String]) -> Bool {
        guard words.count >= 2, words.count <= 3, eastAsianSurnames.contains(words[0]) else { return false }
        let rest = words.dropFirst()
        guard rest.allSatisfy({ $0.first?.isUppercase == true && $0.count <= 12 && $0.allSatisfy { $0.isLetter || $0 == "-" } }) else { return false }
        if rest.contains(where: { $0.utf8.contains(45) }) { return true }
        return words.count == 3 && rest.allSatisfy { $0.count <= 5 }
    }
}
